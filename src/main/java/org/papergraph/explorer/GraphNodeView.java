package org.papergraph.explorer;

import org.papergraph.graph.Decimals;
import org.papergraph.graph.GraphIds;

/**
 * A node as a graph drawing shows it, with the same values in every drawing that holds it, so that clients caching
 * by id never see one view's values overwrite another's.
 *
 * @param id the graph node's own id: {@code graph:} and {@code ref}, unique across types
 * @param ref the global id of the node drawn
 * @param kind {@code PAPER}, {@code TOPIC}, {@code REPOSITORY}, {@code AUTHOR}, {@code CLUSTER} or {@code KEYWORD}
 * @param label a short label
 * @param weight prominence in the whole graph, from 0 to 1: {@link #prominence} of the node's degree
 */
record GraphNodeView(String id, String ref, String kind, String label, double weight) {

	/** The view of the node with this global id, kind, label and degree. */
	static GraphNodeView of(String ref, String kind, String label, long degree) {
		return new GraphNodeView(GraphIds.graphNodeId(ref), ref, kind, label, Decimals.round(prominence(degree), 3));
	}

	/**
	 * How prominent a node of this degree is, from 0 up to (never reaching) 1: {@code ln(1 + d) / ln(21 + d)}, which
	 * grows with the degree alone (a node with 1 link 0.23, 10 links 0.71, 100 links 0.96), so it does not depend on
	 * which other nodes a drawing holds.
	 */
	static double prominence(long degree) {
		long d = Math.max(0, degree);
		return Math.log1p(d) / Math.log(21 + d);
	}

	/** The global id of a node bound to {@code n}, as a Cypher expression. */
	static final String GID = """
			CASE WHEN n:Paper THEN n.id WHEN n:Topic THEN 'topic:' + n.slug WHEN n:Repository THEN 'repo:' + n.key
			     WHEN n:Author THEN 'author:' + n.key WHEN n:Cluster THEN 'cluster:' + n.id
			     WHEN n:Keyword THEN 'keyword:' + n.key END""";

	/** The kind of a node bound to {@code n}, as a Cypher expression. */
	static final String KIND = """
			CASE WHEN n:Paper THEN 'PAPER' WHEN n:Topic THEN 'TOPIC' WHEN n:Repository THEN 'REPOSITORY'
			     WHEN n:Author THEN 'AUTHOR' WHEN n:Cluster THEN 'CLUSTER' WHEN n:Keyword THEN 'KEYWORD' END""";

	/** The label of a node bound to {@code n}, as a Cypher expression. */
	static final String LABEL = """
			coalesce(n.title, n.name, n.label, CASE WHEN n:Repository THEN n.owner + '/' + n.name END, n.key)""";

	/** Cypher that projects a node bound to {@code n} into the columns {@code gid, kind, label}. */
	static final String IDENTITY = GID + " AS gid, " + KIND + " AS kind, " + LABEL + " AS label";

	static final String WALKABLE = "n:Paper OR n:Topic OR n:Repository OR n:Author OR n:Cluster OR n:Keyword";

}
