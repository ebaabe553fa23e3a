package org.papergraph.graph;

import java.util.List;
import java.util.Objects;

import org.neo4j.driver.Value;

/**
 * A cluster of papers as the API serves it.
 *
 * @param number the cluster's number, its key in the graph
 * @param label a label from its distinctive terms
 * @param size papers in it
 * @param keyTerms its most distinctive terms
 * @param quality the share of its link weight that stays inside it, or {@code null}
 */
public record ClusterNode(String number, String label, int size, List<String> keyTerms, Double quality) {

	/** The property list of a {@code Cluster} node that {@link #from} reads. */
	public static final String PROJECTION = ".id, .label, .size, .keyTerms, .quality";

	/** The global id: {@code cluster:} and the number. */
	public String id() {
		return GraphIds.CLUSTER + number;
	}

	/** Reads a map projected with {@link #PROJECTION}. */
	public static ClusterNode from(Value value) {
		return new ClusterNode(value.get("id").asString(), value.get("label").asString(""), value.get("size").asInt(0),
				value.get("keyTerms").isNull() ? List.of() : value.get("keyTerms").asList(Value::asString),
				value.get("quality").isNull() ? null : value.get("quality").asDouble());
	}

	/**
	 * Two values are the same cluster when their keys are equal: batched resolvers key maps by node,
	 * so hashing stays cheap.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof ClusterNode that && Objects.equals(number, that.number);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(number);
	}

}
