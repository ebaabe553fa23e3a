/**
 * Embeddings, similar-paper links, mentions, related papers, search and clusters: everything derived from what
 * papers say rather than from what sources state about them.
 */
package org.papergraph.similarity;
