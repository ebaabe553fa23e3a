package org.papergraph.graph;

import org.neo4j.driver.Value;

/**
 * An author as the API serves them.
 *
 * @param key the normalized name
 * @param name the name as written
 * @param username the Hugging Face user name, or {@code null}
 */
public record AuthorNode(String key, String name, String username) {

	/** The property list of an {@code Author} node that {@link #from} reads. */
	public static final String PROJECTION = ".key, .name, .username";

	/** The global id: {@code author:} and the key. */
	public String id() {
		return GraphIds.AUTHOR + key;
	}

	/** Reads a map projected with {@link #PROJECTION}. */
	public static AuthorNode from(Value value) {
		return new AuthorNode(value.get("key").asString(), value.get("name").asString(),
				value.get("username").asString(null));
	}

}
