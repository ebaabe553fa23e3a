package org.papergraph.stats;

/**
 * How much the graph holds.
 *
 * @param papers paper nodes
 * @param topics topic nodes
 * @param repositories repository nodes
 * @param authors author nodes
 * @param clusters cluster nodes
 * @param edges relationships of every type
 * @param keywords keyword nodes
 * @param embeddingsPending papers still without an embedding
 */
record Stats(long papers, long topics, long repositories, long authors, long clusters, long edges, long keywords,
		long embeddingsPending) {
}
