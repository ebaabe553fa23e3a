package org.papergraph.graph;

import java.util.Objects;

import org.neo4j.driver.Value;

/**
 * A code repository as the API serves it.
 *
 * @param key the normalized {@code host/owner/name}
 * @param url the web address
 * @param host the host
 * @param owner the owner
 * @param name the repository name
 * @param stars the star count, or {@code null}
 */
public record RepositoryNode(String key, String url, String host, String owner, String name, Integer stars) {

	/** The property list of a {@code Repository} node that {@link #from} reads. */
	public static final String PROJECTION = ".key, .url, .host, .owner, .name, .stars";

	/** The global id: {@code repo:} and the key. */
	public String id() {
		return GraphIds.REPOSITORY + key;
	}

	/** Reads a map projected with {@link #PROJECTION}. */
	public static RepositoryNode from(Value value) {
		return new RepositoryNode(value.get("key").asString(), value.get("url").asString(), value.get("host").asString(),
				value.get("owner").asString(), value.get("name").asString(),
				value.get("stars").isNull() ? null : value.get("stars").asInt());
	}

	/**
	 * Two values are the same repository when their keys are equal: batched resolvers key maps by node,
	 * so hashing stays cheap.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof RepositoryNode that && Objects.equals(key, that.key);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(key);
	}

}
