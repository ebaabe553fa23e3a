package org.papergraph.graph;

/**
 * Orders of paper lists, each total (ties broken by id) so keyset cursors are exact.
 */
public enum PaperOrder {

	/** The newest first; papers without a date last. */
	PUBLISHED_DESC("coalesce(toString(p.publishedAt), '')", false, String.class),

	/** The oldest first; papers without a date first. */
	PUBLISHED_ASC("coalesce(toString(p.publishedAt), '')", true, String.class),

	/** The most upvoted first. */
	UPVOTES_DESC("coalesce(p.upvotes, -1)", false, Long.class),

	/** By normalized title. */
	TITLE_ASC("p.titleKey", true, String.class);

	private final String key;

	private final boolean ascending;

	private final Class<?> keyType;

	PaperOrder(String key, boolean ascending, Class<?> keyType) {
		this.key = key;
		this.ascending = ascending;
		this.keyType = keyType;
	}

	/** The Cypher expression of the sort key, over a paper bound to {@code p}. */
	String key() {
		return key;
	}

	/** Whether the key ascends. */
	boolean ascending() {
		return ascending;
	}

	/** The type of the sort key's values, as a cursor holds them. */
	Class<?> keyType() {
		return keyType;
	}

}
