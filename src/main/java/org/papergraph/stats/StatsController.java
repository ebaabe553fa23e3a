package org.papergraph.stats;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code stats}: node counts per kind and the relationship count, read from Neo4j's count store, and the
 * papers waiting for an embedding, counted only when asked for.
 */
@Controller
class StatsController {

	private final Neo4jClient neo4j;

	StatsController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	Stats stats() {
		return neo4j.query("""
				CALL () { MATCH (n:Paper) RETURN count(n) AS papers }
				CALL () { MATCH (n:Topic) RETURN count(n) AS topics }
				CALL () { MATCH (n:Repository) RETURN count(n) AS repositories }
				CALL () { MATCH (n:Author) RETURN count(n) AS authors }
				CALL () { MATCH (n:Cluster) RETURN count(n) AS clusters }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
				CALL () { MATCH ()-[r:IN_TOPIC]->() RETURN count(r) AS closure }
				CALL () { MATCH (n:Keyword) RETURN count(n) AS keywords }
				RETURN papers, topics, repositories, authors, clusters, relationships - closure AS edges, keywords
				""")
			.fetchAs(Stats.class)
			.mappedBy((types, row) -> new Stats(row.get("papers").asLong(), row.get("topics").asLong(),
					row.get("repositories").asLong(), row.get("authors").asLong(), row.get("clusters").asLong(),
					row.get("edges").asLong(), row.get("keywords").asLong()))
			.one()
			.orElseThrow();
	}

	/** Only when asked for: unlike the other counts, this one reads every paper. */
	@SchemaMapping(typeName = "Stats")
	long embeddingsPending(Stats stats) {
		return neo4j.query("MATCH (n:Paper) WHERE n.embedding IS NULL RETURN count(n) AS pending")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

}
