package org.papergraph.similarity;

import org.papergraph.graph.ClusterNode;

/**
 * How strongly a cluster connects to another.
 *
 * @param cluster the other cluster
 * @param weight the total weight of links between the two clusters' papers
 */
public record ClusterLink(ClusterNode cluster, double weight) {
}
