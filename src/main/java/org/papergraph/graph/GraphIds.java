package org.papergraph.graph;

import java.util.Optional;

/**
 * Global node ids: paper ids as they are, other kinds behind a prefix ({@code topic:}, {@code repo:},
 * {@code author:}, {@code cluster:}, {@code keyword:}).
 */
public final class GraphIds {

	public static final String TOPIC = "topic:";

	public static final String REPOSITORY = "repo:";

	public static final String AUTHOR = "author:";

	public static final String CLUSTER = "cluster:";

	public static final String KEYWORD = "keyword:";

	/**
	 * The prefix of a graph node's own id ({@code GraphNode.id}), which stands in front of the global id of what it
	 * draws, so that no id names two types; every argument that takes a global id takes this form too.
	 */
	public static final String GRAPH_NODE = "graph:";

	private GraphIds() {
	}

	/** A parsed global id: the node label, the key property and its value. */
	public record Ref(String label, String keyProperty, String key) {
	}

	/** The id of the graph node that draws the node of this global id. */
	public static String graphNodeId(String globalId) {
		return GRAPH_NODE + globalId;
	}

	/**
	 * Parses a global id, or a graph node's id ({@code graph:} and a global id); a string without a known prefix is
	 * taken as a paper id.
	 */
	public static Optional<Ref> parse(String value) {
		if (value == null || value.isBlank() || value.length() > 500) {
			return Optional.empty();
		}
		String id = value.startsWith(GRAPH_NODE) ? value.substring(GRAPH_NODE.length()) : value;
		if (id.startsWith(TOPIC)) {
			return Optional.of(new Ref("Topic", "slug", id.substring(TOPIC.length())));
		}
		if (id.startsWith(REPOSITORY)) {
			return Optional.of(new Ref("Repository", "key", id.substring(REPOSITORY.length())));
		}
		if (id.startsWith(AUTHOR)) {
			return Optional.of(new Ref("Author", "key", id.substring(AUTHOR.length())));
		}
		if (id.startsWith(CLUSTER)) {
			return Optional.of(new Ref("Cluster", "id", id.substring(CLUSTER.length())));
		}
		if (id.startsWith(KEYWORD)) {
			return Optional.of(new Ref("Keyword", "key", id.substring(KEYWORD.length())));
		}
		return Optional.of(new Ref("Paper", "id", id));
	}

}
