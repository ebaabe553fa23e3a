package org.papergraph.api;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation asks for, measured before it runs: nesting depth, the estimated number of result nodes, aliases,
 * top-level fields, {@code ingest} fields, and {@code first} values out of range. Fragments are expanded and
 * variables applied, so nothing can be hidden behind them.
 *
 * <p>
 * Nodes are estimated the way GitHub does: a field with {@code first} (or {@code limit}) counts that many nodes
 * times the sizes of all fields above it; the lists directly inside such a page ({@code edges}, {@code nodes}) hold
 * those same nodes and add nothing; any other list of objects counts as {@code unsizedListSize} items. So
 * {@code papers(first: 50) { edges { node { topics(first: 20) { name } } } } } is estimated at 50 + 50 × 20 = 1,050
 * nodes. Fields under {@code __schema} and {@code __type} are measured apart ({@link #introspectionDepth}).
 *
 * @param depth the deepest nesting of data fields ({@code { stats { papers } }} is 2)
 * @param introspectionDepth the deepest nesting under {@code __schema} or {@code __type}
 * @param nodes the estimated number of result nodes
 * @param aliases aliased data fields
 * @param rootFields top-level data fields
 * @param ingests {@code Mutation.ingest} fields
 * @param badFirst each {@code first} value out of range, as a message
 */
public record QueryShape(int depth, int introspectionDepth, long nodes, int aliases, int rootFields, int ingests,
		List<String> badFirst) {

	/** Measures the named operation of a document (or its only one). */
	public static QueryShape of(GraphQLSchema schema, Document document, String operationName,
			CoercedVariables variables, int unsizedListSize) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build();
		Measure measure = new Measure(schema, unsizedListSize);
		traverser.visitPreOrder(measure);
		return new QueryShape(measure.depth, measure.introspectionDepth, measure.nodes, measure.aliases,
				measure.rootFields, measure.ingests, List.copyOf(measure.badFirst));
	}

	/** The points a request costs against a rate budget: one per 100 estimated nodes, at least one. */
	public long points() {
		return Math.max(1, (nodes + 99) / 100);
	}

	private static final class Measure extends QueryVisitorStub {

		private final GraphQLSchema schema;

		private final int unsizedListSize;

		private final Map<QueryVisitorFieldEnvironment, Field> seen = new IdentityHashMap<>();

		private int depth;

		private int introspectionDepth;

		private long nodes;

		private int aliases;

		private int rootFields;

		private int ingests;

		private final List<String> badFirst = new ArrayList<>();

		Measure(GraphQLSchema schema, int unsizedListSize) {
			this.schema = schema;
			this.unsizedListSize = unsizedListSize;
		}

		/** What is known about a visited field: how deep it is, and how many results it stands for. */
		private record Field(int depth, boolean introspection, boolean page, long multiplier) {
		}

		@Override
		public void visitField(QueryVisitorFieldEnvironment env) {
			if (env.isTypeNameIntrospectionField()) {
				return;
			}
			Field parent = env.getParentEnvironment() == null ? null : seen.get(env.getParentEnvironment());
			String name = env.getField().getName();
			boolean introspection = parent == null ? name.startsWith("__") : parent.introspection();
			int fieldDepth = parent == null ? 1 : parent.depth() + 1;
			if (introspection) {
				introspectionDepth = Math.max(introspectionDepth, fieldDepth);
				seen.put(env, new Field(fieldDepth, true, false, 1));
				return;
			}
			depth = Math.max(depth, fieldDepth);
			if (parent == null) {
				rootFields++;
				if (env.getParentType() == schema.getMutationType() && name.equals("ingest")) {
					ingests++;
				}
			}
			if (env.getField().getAlias() != null) {
				aliases++;
			}
			Object first = env.getArguments().get("first");
			if (first instanceof Integer value && (value < 1 || value > Paging.MAX_FIRST)) {
				badFirst.add("first must be between 1 and " + Paging.MAX_FIRST + ", got " + value + " (at "
						+ GraphQLTypeUtil.simplePrint(env.getParentType()) + "." + name + ")");
			}
			Object limit = env.getArguments().get("limit");
			Integer size = first instanceof Integer value ? value : limit instanceof Integer value ? value : null;
			GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
			boolean list = type instanceof GraphQLList;
			boolean ofObjects = GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType;
			long above = parent == null ? 1 : parent.multiplier();
			long multiplier = above;
			if (size != null) {
				multiplier = saturatingMultiply(above, Math.max(0, size));
				nodes = saturatingAdd(nodes, multiplier);
			}
			else if (list && ofObjects && (parent == null || !parent.page())) {
				multiplier = saturatingMultiply(above, unsizedListSize);
				nodes = saturatingAdd(nodes, multiplier);
			}
			seen.put(env, new Field(fieldDepth, false, size != null && !list, multiplier));
		}

		private static long saturatingMultiply(long a, long b) {
			long product = a * b;
			return (a != 0 && product / a != b) || product < 0 ? Long.MAX_VALUE : product;
		}

		private static long saturatingAdd(long a, long b) {
			long sum = a + b;
			return sum < 0 ? Long.MAX_VALUE : sum;
		}

	}

}
