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
	record Primed(String coordinates, DataFetcher<?> delegate) implements LightDataFetcher<Object> {

		/** Stands for no value handed, as {@code null} is a value a parent may be handed. */
		private static final Object MISSING = new Object();

		@Override
		public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
				throws Exception {
			PrimedValues bound = PrimedValues.bound();
			Object value = bound == null ? MISSING : valueFor(bound.of(coordinates), source);
			return value != MISSING ? value : get(environment.get());
		}

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			Object value = valueFor(Prefetch.primed(env, coordinates), env.getSource());
			return value != MISSING ? value : delegate.get(env);
		}

		/** The value handed for this parent (which may be {@code null}), or {@link #MISSING}. */
		@SuppressWarnings("unchecked")
		private static Object valueFor(Map<?, ?> values, Object source) {
			return values == null ? MISSING : ((Map<Object, Object>) values).getOrDefault(source, MISSING);
		}

	}

}
