package org.papergraph.similarity;

/**
 * How {@code search} matches: by words (full-text index), by meaning (vector index), or both fused by rank.
 */
public enum SearchMode {

	/** Words of the query in title or abstract. */
	KEYWORD,

	/** Closeness in meaning to the query. */
	SEMANTIC,

	/** Both, fused by reciprocal rank. */
	HYBRID

}
