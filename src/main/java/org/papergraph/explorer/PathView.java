package org.papergraph.explorer;

import java.util.List;

/**
 * A path between two nodes.
 *
 * @param length the number of hops
 * @param hops the hops in order
 */
record PathView(int length, List<Hop> hops) {

	/** One hop: the relationship followed (in either direction) between two nodes. */
	record Hop(GraphNodeView from, String relation, GraphNodeView to) {
	}

}
