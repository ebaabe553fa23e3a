package org.papergraph.api;

import java.util.Map;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.LightDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Puts a look-up in front of each field of {@link Prefetch#FIELDS}: a parent whose value the request's earlier
 * statement already read gets it at once, as a plain value, not a trip through the field's batch loader; any other
 * parent goes to the field's own data fetcher as before. Answering a list of a hundred topics then costs the engine
 * a property read per field, not a batch-loader call per field.
 */
final class PrimedFields extends GraphQLTypeVisitorStub {

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (context.getParentNode() instanceof GraphQLFieldsContainer parent) {
			String coordinates = parent.getName() + "." + field.getName();
			if (Prefetch.FIELDS.contains(coordinates)) {
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				FieldCoordinates at = FieldCoordinates.coordinates(parent, field);
				registry.dataFetcher(at, new Primed(coordinates, registry.getDataFetcher(at, field)));
			}
		}
		return TraversalControl.CONTINUE;
	}

	/**
	 * The value handed to this field for this parent, else the field's own fetcher's answer. As it reads no data of
	 * its own, it is a light fetcher to the engine and the framework: neither wraps it, and while the request's
	 * values are bound to the thread the engine does not even build the field's environment.
	 */
	private record Primed(String coordinates, DataFetcher<?> delegate) implements LightDataFetcher<Object> {

		@Override
		public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
				throws Exception {
			PrimedValues bound = PrimedValues.bound();
			Map<?, ?> values = bound == null ? null : bound.of(coordinates);
			if (values != null && values.containsKey(source)) {
				return values.get(source);
			}
			return get(environment.get());
		}

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			Map<?, ?> values = Prefetch.primed(env, coordinates);
			Object source = env.getSource();
			if (values != null && values.containsKey(source)) {
				return values.get(source);
			}
			return delegate.get(env);
		}

	}

}
