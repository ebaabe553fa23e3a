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

	private GraphIds() {
	}

	/** A parsed global id: the node label, the key property and its value. */
	public record Ref(String label, String keyProperty, String key) {
	}

	/** Parses a global id; a string without a known prefix is taken as a paper id. */
	public static Optional<Ref> parse(String id) {
		if (id == null || id.isBlank() || id.length() > 500) {
			return Optional.empty();
		}
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
