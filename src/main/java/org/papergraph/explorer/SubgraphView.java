package org.papergraph.explorer;

import java.util.List;

/**
 * A neighbourhood: nodes, the edges between them, and whether the limit cut it short.
 *
 * @param nodes the nodes, seeds first, then by relevance
 * @param edges edges between the nodes
 * @param truncated whether more nodes were reachable than the limit allowed
 */
record SubgraphView(List<GraphNodeView> nodes, List<GraphEdgeView> edges, boolean truncated) {
}
