package org.papergraph.api;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import graphql.GraphQLContext;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultNodesInfo;
import graphql.language.Field;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;

/**
 * The engine's query strategy with one shortcut: an object whose selected fields are all read without a statement
 * of their own (properties of its value, or values its parent's statement handed over, {@link PrimedFields}) and are
 * scalars, enums, such objects or lists of them, is completed in one step into its result map instead of field by
 * field through the engine's fetch-and-complete steps. A node in a path, a paper in a page, a topic with its parent
 * and children: most objects an answer is made of are of this kind. An object that would need an error (a null in a
 * non-null field, a value its scalar cannot serialize, a property that fails to read) or a value not handed over
 * takes the engine's own path, which reports it or fetches it; the reads have no side effect, so reading again there
 * is harmless. Instrumentation sees such an object as one without fields: like the engine's trivial fetchers
 * elsewhere, its reads are not field fetches to observe.
 */
final class PropertyObjects extends AsyncExecutionStrategy {

	/** The request's plans, in its GraphQL context. */
	private static final String PLANS = PropertyObjects.class.getName() + ".plans";

	/** Cached for a selection that cannot take the shortcut. */
	private static final Plan NONE = new Plan(null, List.of(), new Column[0]);

	/** Stands for a value the engine must complete itself. */
	private static final Object MISSING = new Object();

	/** The fetchers of the shortcut need no field environment; one that asks for it leaves the object to the engine. */
	private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
		throw new IllegalStateException("A value read in one step has no field environment");
	};

	PropertyObjects(DataFetcherExceptionHandler exceptionHandler) {
		super(exceptionHandler);
	}

	@Override
	protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters,
			GraphQLObjectType type, Object result) {
		Plan plan = plan(context, parameters, type);
		if (plan != NONE) {
			Object values = plan.complete(context, result);
			if (values != MISSING) {
				// The batch-loader dispatch counts objects per level: this one is an object without fetches.
				DataLoaderDispatchStrategy dispatch = context.getDataLoaderDispatcherStrategy();
				dispatch.executeObject(context, parameters, 0);
				dispatch.executeObjectOnFieldValuesInfo(List.of(), parameters);
				return values;
			}
		}
		return super.completeValueForObject(context, parameters, type, result);
	}

	/** The plan for this field's selection on this type, made once per request (selections depend on variables). */
	private Plan plan(ExecutionContext context, ExecutionStrategyParameters parameters, GraphQLObjectType type) {
		GraphQLContext graphQlContext = context.getGraphQLContext();
		if (context.hasIncrementalSupport() || graphQlContext.hasKey(ResultNodesInfo.MAX_RESULT_NODES)) {
			return NONE;
		}
		Map<Key, Plan> plans = graphQlContext.computeIfAbsent(PLANS, k -> new ConcurrentHashMap<Key, Plan>());
		MergedField field = parameters.getField();
		Key key = new Key(field.getFieldsCount() == 1 ? field.getSingleField() : field.getFields(), type);
		Plan plan = plans.get(key);
		if (plan == null) {
			plan = newPlan(context, field, type);
			plans.put(key, plan);
		}
		return plan;
	}

	/** How to complete this field's selection on this type in one step, or {@link #NONE}. */
	private Plan newPlan(ExecutionContext context, MergedField field, GraphQLObjectType type) {
		MergedSelectionSet selection = fieldCollector.collectFields(FieldCollectorParameters.newParameters()
			.schema(context.getGraphQLSchema())
			.objectType(type)
			.fragments(context.getFragmentsByName())
			.variables(context.getCoercedVariables().toMap())
			.graphQLContext(context.getGraphQLContext())
			.build(), field, false);
		List<String> keys = selection.getKeys();
		Column[] columns = new Column[keys.size()];
		for (int i = 0; i < columns.length; i++) {
			Column column = column(context, type, selection.getSubField(keys.get(i)));
			if (column == null) {
				return NONE;
			}
			columns[i] = column;
		}
		return new Plan(type, List.copyOf(keys), columns);
	}

	/** How to read and complete one selected field, or {@code null} when it needs the engine. */
	private Column column(ExecutionContext context, GraphQLObjectType type, MergedField field) {
		for (Field each : field.getFields()) {
			if (!each.getDirectives().isEmpty()) {
				return null;
			}
		}
		if (field.getName().equals("__typename")) {
			return new Column(null, null, false, null, null, null);
		}
		GraphQLFieldDefinition definition = type.getField(field.getName());
		if (definition == null || !definition.getArguments().isEmpty()) {
			return null;
		}
		DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(type, definition);
		if (!(fetcher instanceof SingletonPropertyDataFetcher<?> || fetcher instanceof PropertyDataFetcher<?>
				|| fetcher instanceof PrimedFields.Primed)) {
			return null;
		}
		GraphQLType fieldType = definition.getType();
		boolean nonNull = fieldType instanceof GraphQLNonNull;
		GraphQLType unwrapped = nonNull ? ((GraphQLNonNull) fieldType).getWrappedType() : fieldType;
		Boolean elementsNonNull = null;
		if (unwrapped instanceof GraphQLList list) {
			GraphQLType element = list.getWrappedType();
			elementsNonNull = element instanceof GraphQLNonNull;
			unwrapped = elementsNonNull ? ((GraphQLNonNull) element).getWrappedType() : element;
		}
		if (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType) {
			return field.hasSubSelection() ? null
					: new Column(definition, (LightDataFetcher<?>) fetcher, nonNull, elementsNonNull, unwrapped, null);
		}
		if (unwrapped instanceof GraphQLObjectType objectType && field.hasSubSelection()) {
			Plan nested = newPlan(context, field, objectType);
			return nested == NONE ? null
					: new Column(definition, (LightDataFetcher<?>) fetcher, nonNull, elementsNonNull, null, nested);
		}
		return null;
	}

	/** A field's selection on an object type, by the request's own field nodes. */
	private record Key(Object fields, GraphQLObjectType type) {
	}

	/**
	 * One selected field: its definition and fetcher ({@code null} for {@code __typename}), whether it is non-null,
	 * whether a list's elements are non-null ({@code null} for a single value), and how to complete a value: a scalar
	 * or enum type, or the plan of an object.
	 */
	private record Column(GraphQLFieldDefinition definition, LightDataFetcher<?> fetcher, boolean nonNull,
			Boolean elementsNonNull, GraphQLType leaf, Plan object) {
	}

	/** An object type, the result keys of a selection on it in order, and how to complete each. */
	private record Plan(GraphQLObjectType type, List<String> keys, Column[] columns) {

		/** The object's result map, or {@link #MISSING} when a value needs the engine. */
		Object complete(ExecutionContext context, Object source) {
			List<Object> values = new ArrayList<>(columns.length);
			for (Column column : columns) {
				if (column.definition() == null) {
					values.add(type.getName());
					continue;
				}
				Object raw;
				try {
					raw = column.fetcher().get(column.definition(), source, NO_ENVIRONMENT);
				}
				catch (Exception ex) {
					return MISSING;
				}
				if (raw instanceof CompletionStage<?> || raw instanceof DataFetcherResult<?>) {
					return MISSING;
				}
				Object value = completeField(context, column, context.getValueUnboxer().unbox(raw));
				if (value == MISSING) {
					return MISSING;
				}
				values.add(value);
			}
			return context.getResponseMapFactory().createInsertionOrdered(keys, values);
		}

		private static Object completeField(ExecutionContext context, Column column, Object raw) {
			if (raw == null) {
				return column.nonNull() ? MISSING : null;
			}
			if (column.elementsNonNull() == null) {
				Object value = completeValue(context, column, raw);
				return value == null && column.nonNull() ? MISSING : value;
			}
			Iterable<?> elements;
			if (raw instanceof Iterable<?> iterable) {
				elements = iterable;
			}
			else if (raw.getClass().isArray()) {
				elements = IntStream.range(0, Array.getLength(raw)).mapToObj(i -> Array.get(raw, i)).toList();
			}
			else {
				return MISSING;
			}
			List<Object> values = new ArrayList<>();
			for (Object element : elements) {
				Object unboxed = context.getValueUnboxer().unbox(element);
				Object value = unboxed == null ? null : completeValue(context, column, unboxed);
				if (value == MISSING || (value == null && column.elementsNonNull())) {
					return MISSING;
				}
				values.add(value);
			}
			return values;
		}

		/** A single value (not a list) completed: serialized, or an object's result map. */
		private static Object completeValue(ExecutionContext context, Column column, Object raw) {
			if (column.object() != null) {
				return column.object().complete(context, raw);
			}
			try {
				return column.leaf() instanceof GraphQLScalarType scalar
						? scalar.getCoercing().serialize(raw, context.getGraphQLContext(), context.getLocale())
						: ((GraphQLEnumType) column.leaf()).serialize(raw, context.getGraphQLContext(),
								context.getLocale());
			}
			catch (CoercingSerializeException ex) {
				return MISSING;
			}
		}

	}

}
