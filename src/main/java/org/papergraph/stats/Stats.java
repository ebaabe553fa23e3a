package org.papergraph.stats;

/**
 * How much the graph holds: counts the database keeps, so reading them costs nothing whatever the size.
 *
 * @param papers paper nodes
 * @param topics topic nodes
 * @param repositories repository nodes
 * @param authors author nodes
 * @param clusters cluster nodes
 * @param edges relationships of every type but {@code IN_TOPIC}, which only repeats topics and their broader topics
 * @param keywords keyword nodes
 */
record Stats(long papers, long topics, long repositories, long authors, long clusters, long edges, long keywords) {
}
