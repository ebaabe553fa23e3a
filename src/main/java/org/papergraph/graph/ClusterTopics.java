package org.papergraph.graph;

import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * Keeps each cluster's dominant topics, the {@value #KEPT} topics most of its papers have, as
 * {@code (c:Cluster)-[:COVERS {papers, weight}]->(t:Topic)} links: written with the clusters, and again whenever every
 * paper's topics are reassigned.
 */
public final class ClusterTopics {

	/** Dominant topics kept per cluster. */
	public static final int KEPT = 5;

	private ClusterTopics() {
	}

	/** Replaces every cluster's {@code COVERS} links with its current dominant topics, in the caller's transaction. */
	public static void relink(TransactionContext tx) {
		tx.run("MATCH (:Cluster)-[v:COVERS]->(:Topic) DELETE v").consume();
		tx.run("""
				MATCH (c:Cluster)
				CALL (c) {
				  MATCH (c)<-[:IN_CLUSTER]-(:Paper)-[h:HAS_TOPIC]->(t:Topic)
				  WITH t, count(*) AS papers, sum(coalesce(h.score, 1.0)) AS weight
				  ORDER BY papers DESC, weight DESC, t.slug LIMIT $kept
				  CREATE (c)-[:COVERS {papers: papers, weight: weight}]->(t)
				}
				""", Map.of("kept", KEPT)).consume();
	}

}
