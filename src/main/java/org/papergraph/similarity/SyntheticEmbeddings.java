package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.papergraph.graph.Embedder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gives a benchmark graph its derived data without running the model over every paper: each paper without an
 * embedding gets a seeded unit vector built from its keywords and topics (papers that share terms point the same
 * way), then the {@code SIMILAR_TO} lists, mentions and clusters are derived from those exactly as after a real
 * embedding. Query-time work (search, related papers, paths) then costs what it costs on a real graph of that size.
 */
@Component
@Profile("bench")
public class SyntheticEmbeddings {

	private static final int PAGE = 2_000;

	/** The weight of a paper's own random direction against that of its terms. */
	private static final float OWN = 0.6f;

	private final Driver driver;

	private final SimilarityLinks links;

	private final Mentions mentions;

	private final ClusterBuilder clusters;

	SyntheticEmbeddings(Driver driver, SimilarityLinks links, Mentions mentions, ClusterBuilder clusters) {
		this.driver = driver;
		this.links = links;
		this.mentions = mentions;
		this.clusters = clusters;
	}

	/** What deriving took. */
	public record Report(int embedded, long embedMillis, long linkMillis, long mentionMillis, int clusters,
			long clusterMillis) {
	}

	/** Embeds every paper that has no embedding with a synthetic vector, then derives links, mentions and clusters. */
	public Report derive(long seed) {
		long started = System.nanoTime();
		int embedded = embedMissing(seed);
		long embeddedAt = System.nanoTime();
		links.rebuildAll();
		long linkedAt = System.nanoTime();
		mentions.recompute();
		long mentionedAt = System.nanoTime();
		ClusterBuilder.Report report = clusters.recompute();
		long clusteredAt = System.nanoTime();
		return new Report(embedded, millis(started, embeddedAt), millis(embeddedAt, linkedAt),
				millis(linkedAt, mentionedAt), report.clusters(), millis(mentionedAt, clusteredAt));
	}

	private int embedMissing(long seed) {
		Map<String, float[]> termVectors = new HashMap<>();
		int embedded = 0;
		String after = "";
		try (Session session = driver.session()) {
			while (true) {
				String from = after;
				List<Record> page = session.executeRead(tx -> tx.run("""
						MATCH (p:Paper) WHERE p.id > $after AND p.embedding IS NULL
						WITH p ORDER BY p.id LIMIT $limit
						RETURN p.id AS id, [(p)-[:HAS_KEYWORD]->(k:Keyword) | k.key]
						                   + [(p)-[:HAS_TOPIC]->(t:Topic) | 'topic:' + t.slug] AS terms
						""", Map.of("after", from, "limit", PAGE)).list());
				if (page.isEmpty()) {
					return embedded;
				}
				List<Map<String, Object>> rows = new ArrayList<>(page.size());
				for (Record paper : page) {
					String id = paper.get("id").asString();
					float[] vector = direction(seed ^ id.hashCode(), OWN);
					for (String term : paper.get("terms").asList(v -> v.asString())) {
						float[] towards = termVectors.computeIfAbsent(term, t -> direction(seed * 31 + t.hashCode(), 1));
						for (int d = 0; d < vector.length; d++) {
							vector[d] += towards[d];
						}
					}
					NearestNeighbours.normalize(vector);
					rows.add(Map.of("id", id, "vector", vector));
				}
				session.executeWriteWithoutResult(tx -> tx.run("""
						UNWIND $rows AS row
						MATCH (p:Paper {id: row.id})
						CALL db.create.setNodeVectorProperty(p, 'embedding', row.vector)
						""", Map.of("rows", rows)).consume());
				embedded += rows.size();
				after = page.get(page.size() - 1).get("id").asString();
			}
		}
	}

	/** A seeded random direction of the given length. */
	private static float[] direction(long seed, float length) {
		Random random = new Random(seed);
		float[] vector = new float[Embedder.DIMENSIONS];
		for (int d = 0; d < vector.length; d++) {
			vector[d] = (float) random.nextGaussian();
		}
		NearestNeighbours.normalize(vector);
		for (int d = 0; d < vector.length; d++) {
			vector[d] *= length;
		}
		return vector;
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
