package org.papergraph.explorer;

/**
 * An edge as a graph drawing shows it.
 *
 * @param source the global id of the start node
 * @param target the global id of the end node
 * @param relation the relationship type
 * @param weight strength from 0 to 1
 */
record GraphEdgeView(String source, String target, String relation, double weight) {
}
