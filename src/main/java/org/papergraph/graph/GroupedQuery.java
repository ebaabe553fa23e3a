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
 * {@code id, item} rows, which are grouped back onto their parents in the query's order.
 */
public final class GroupedQuery {

	private GroupedQuery() {
	}

	private record Row(String id, Object item) {
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
