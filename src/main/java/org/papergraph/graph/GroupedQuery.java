package org.papergraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Resolves a field for many parents with one query: the query receives the parents' keys as {@code $ids} and returns
 * {@code id, item} rows, which are grouped back onto their parents in the query's order (or one {@code id, items}
 * row per parent, see {@link #lists}).
 */
public final class GroupedQuery {

	private GroupedQuery() {
	}

	private record Row(String id, Object item) {
	}

	private record ListRow(String id, List<?> items) {
	}

	/**
	 * Runs a query that returns one {@code id, items} row per parent key, {@code items} a list, and maps each list;
	 * parents without a row get an empty list.
	 */
	@SuppressWarnings("unchecked")
	public static <P, T> Map<P, List<T>> lists(Neo4jClient neo4j, Collection<P> parents, Function<P, String> key,
			String cypher, Function<Value, T> item) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		neo4j.query(cypher)
			.bind(parents.stream().map(key).distinct().toList()).to("ids")
			.fetchAs(ListRow.class)
			.mappedBy((types, row) -> new ListRow(row.get("id").asString(), row.get("items").asList(item::apply)))
			.all()
			.forEach(row -> byKey.put(row.id(), (List<T>) row.items()));
		Map<P, List<T>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, byKey.getOrDefault(key.apply(parent), List.of())));
		return result;
	}

	/** Runs the query and groups its items per parent; parents without items get an empty list. */
	@SuppressWarnings("unchecked")
	public static <P, T> Map<P, List<T>> run(Neo4jClient neo4j, Collection<P> parents, Function<P, String> key,
			String cypher, Function<Value, T> item) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		neo4j.query(cypher)
			.bind(parents.stream().map(key).distinct().toList()).to("ids")
			.fetchAs(Row.class)
			.mappedBy((types, row) -> new Row(row.get("id").asString(), item.apply(row.get("item"))))
			.all()
			.forEach(row -> byKey.computeIfAbsent(row.id(), id -> new ArrayList<>()).add((T) row.item()));
		Map<P, List<T>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, byKey.getOrDefault(key.apply(parent), List.of())));
		return result;
	}

}
