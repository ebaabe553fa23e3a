package org.papergraph.graph;

/**
 * Orders of paper lists, each total (ties broken by id) so keyset cursors are exact.
 */
public enum PaperOrder {

	/** The newest first; papers without a date last. */
	PUBLISHED_DESC("coalesce(toString(p.publishedAt), '')", false),

	/** The oldest first; papers without a date first. */
	PUBLISHED_ASC("coalesce(toString(p.publishedAt), '')", true),

	/** The most upvoted first. */
	UPVOTES_DESC("coalesce(p.upvotes, -1)", false),

	/** By normalized title. */
	TITLE_ASC("p.titleKey", true);

	private final String key;

	private final boolean ascending;

	PaperOrder(String key, boolean ascending) {
		this.key = key;
		this.ascending = ascending;
	}

	/** The Cypher expression of the sort key, over a paper bound to {@code p}. */
	String key() {
		return key;
	}

	/** Whether the key ascends. */
	boolean ascending() {
		return ascending;
	}

}
