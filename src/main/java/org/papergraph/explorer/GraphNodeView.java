package org.papergraph.explorer;

/**
 * A node as a graph drawing shows it.
 *
 * @param id the global id
 * @param kind {@code PAPER}, {@code TOPIC}, {@code REPOSITORY}, {@code AUTHOR}, {@code CLUSTER} or {@code KEYWORD}
 * @param label a short label
 * @param weight prominence from 0 to 1
 */
record GraphNodeView(String id, String kind, String label, double weight) {

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
