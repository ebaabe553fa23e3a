package org.papergraph.similarity;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Finds clusters of papers and stores them: Leiden community detection ({@link CommunityDetection}) over a weighted
 * paper graph of similarity, shared topics, keywords, repositories and authors; each cluster becomes a
 * {@code Cluster} node (label and key terms from {@link ClusterLabeler}, size, quality, neighbour clusters) with
 * {@code (p)-[:IN_CLUSTER {centrality}]->(c)} for its papers. The old clusters are replaced in one transaction.
 */
@Component
class ClusterBuilder {

	private static final int PAGE = 5_000;

	private static final int WRITE_BATCH = 10_000;

	private static final int NEIGHBOURS_KEPT = 100;

	/** The groups whose papers are linked to each other: topics, keywords, repositories and authors, if not too large. */
	private static final List<String> GROUPS = List.of("""
			MATCH (g:Topic)<-[h:HAS_TOPIC]-(p:Paper) WHERE COUNT { (g)<-[:HAS_TOPIC]-(:Paper) } <= $max
			RETURN elementId(g) AS group, p.id AS id, coalesce(h.score, 1.0) AS score, 'topic' AS kind ORDER BY group
			""", """
			MATCH (g:Keyword)<-[:HAS_KEYWORD]-(p:Paper) WHERE COUNT { (g)<-[:HAS_KEYWORD]-(:Paper) } <= $max
			RETURN elementId(g) AS group, p.id AS id, 1.0 AS score, 'keyword' AS kind ORDER BY group
			""", """
			MATCH (g:Repository)<-[:HAS_CODE]-(p:Paper) WHERE COUNT { (g)<-[:HAS_CODE]-(:Paper) } <= $max
			RETURN elementId(g) AS group, p.id AS id, 1.0 AS score, 'repository' AS kind ORDER BY group
			""", """
			MATCH (g:Author)-[:AUTHORED]->(p:Paper) WHERE COUNT { (g)-[:AUTHORED]->(:Paper) } <= $max
			RETURN elementId(g) AS group, p.id AS id, 1.0 AS score, 'author' AS kind ORDER BY group
			""");

	private final Driver driver;

	private final SimilarityProperties properties;

	ClusterBuilder(Driver driver, SimilarityProperties properties) {
		this.driver = driver;
		this.properties = properties;
	}

	/**
	 * What a clustering run did and how long its stages took.
	 *
	 * @param clusters clusters stored
	 * @param papers papers placed in a cluster
	 * @param links weighted paper-to-paper links clustered
	 * @param readMillis reading papers and links
	 * @param leidenMillis the Leiden run alone
	 * @param totalMillis the whole run, writes included
	 */
	record Report(int clusters, int papers, int links, long readMillis, long leidenMillis, long totalMillis) {
	}

	/** Recomputes all clusters and replaces the stored ones. */
	Report recompute() {
		long started = System.nanoTime();
		SimilarityProperties.Clusters settings = properties.clusters();
		List<String> ids = new ArrayList<>();
		List<ClusterLabeler.Document> documents = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		try (Session session = driver.session()) {
			String after = "";
			while (true) {
				String from = after;
				List<Record> page = session.executeRead(tx -> tx.run("""
						MATCH (p:Paper) WHERE p.id > $after
						RETURN p.id AS id, p.title AS title,
						       [(p)-[:HAS_KEYWORD]->(k:Keyword) | coalesce(k.label, k.key)] + coalesce(p.aiKeywords, []) AS keywords
						ORDER BY p.id LIMIT $limit
						""", Map.of("after", from, "limit", PAGE)).list());
				if (page.isEmpty()) {
					break;
				}
				for (Record paper : page) {
					index.put(paper.get("id").asString(), ids.size());
					ids.add(paper.get("id").asString());
					documents.add(new ClusterLabeler.Document(paper.get("title").asString(""),
							paper.get("keywords").asList(v -> v.asString(""))));
				}
				after = ids.get(ids.size() - 1);
			}
			WeightedEdges edges = new WeightedEdges(ids.size() * properties.neighbours());
			session.executeRead(tx -> {
				Result similar = tx.run("""
						MATCH (a:Paper)-[s:SIMILAR_TO]->(b:Paper)
						RETURN a.id AS a, b.id AS b, s.score AS score
						""");
				while (similar.hasNext()) {
					Record link = similar.next();
					Integer a = index.get(link.get("a").asString());
					Integer b = index.get(link.get("b").asString());
					if (a != null && b != null) {
						edges.atLeast(a, b, settings.similarityWeight() * link.get("score").asDouble());
					}
				}
				return null;
			});
			for (String group : GROUPS) {
				session.executeRead(tx -> {
					addGroups(tx.run(group, Map.of("max", settings.maxGroupSize())), index, edges, settings);
					return null;
				});
			}
			long read = System.nanoTime();
			CommunityDetection.Result result = CommunityDetection.detect(ids.size(), edges,
					new CommunityDetection.Settings(settings.resolution(), settings.seed(), settings.iterations(),
							settings.minSize()));
			List<int[]> members = result.communities().stream().map(CommunityDetection.Community::members).toList();
			List<ClusterLabeler.Label> labels = ClusterLabeler.label(documents, members);
			int placed = write(session, ids, result.communities(), labels);
			long done = System.nanoTime();
			return new Report(result.communities().size(), placed, edges.size(), (read - started) / 1_000_000,
					result.leidenMillis(), (done - started) / 1_000_000);
		}
	}

	/** Links every two papers of a group (a topic, keyword, repository or author), weighted by the kind of group. */
	private static void addGroups(Result rows, Map<String, Integer> index, WeightedEdges edges,
			SimilarityProperties.Clusters settings) {
		String current = null;
		List<Integer> members = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		String kind = null;
		while (true) {
			Record row = rows.hasNext() ? rows.next() : null;
			String group = row == null ? null : row.get("group").asString();
			if (current != null && !current.equals(group)) {
				link(members, scores, weight(kind, settings), edges);
				members.clear();
				scores.clear();
			}
			if (row == null) {
				return;
			}
			current = group;
			kind = row.get("kind").asString();
			Integer paper = index.get(row.get("id").asString());
			if (paper != null) {
				members.add(paper);
				scores.add(row.get("score").asDouble(1.0));
			}
		}
	}

	private static void link(List<Integer> members, List<Double> scores, double weight, WeightedEdges edges) {
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				edges.add(members.get(i), members.get(j), weight * Math.min(scores.get(i), scores.get(j)));
			}
		}
	}

	private static double weight(String kind, SimilarityProperties.Clusters settings) {
		return switch (kind) {
			case "topic" -> settings.topicWeight();
			case "keyword" -> settings.keywordWeight();
			case "repository" -> settings.repositoryWeight();
			default -> settings.authorWeight();
		};
	}

	/** Replaces all clusters in one transaction; cluster ids are numbers from 1, the largest cluster first. */
	private static int write(Session session, List<String> ids, List<CommunityDetection.Community> communities,
			List<ClusterLabeler.Label> labels) {
		String now = ZonedDateTime.now(ZoneOffset.UTC).toString();
		List<Map<String, Object>> clusters = new ArrayList<>();
		List<Map<String, Object>> memberships = new ArrayList<>();
		for (int c = 0; c < communities.size(); c++) {
			CommunityDetection.Community community = communities.get(c);
			List<String> neighbours = new ArrayList<>();
			List<Double> weights = new ArrayList<>();
			for (CommunityDetection.Link link : community.neighbours()) {
				if (neighbours.size() == NEIGHBOURS_KEPT) {
					break;
				}
				neighbours.add(Integer.toString(link.community() + 1));
				weights.add(round(link.weight()));
			}
			Map<String, Object> cluster = new HashMap<>();
			cluster.put("id", Integer.toString(c + 1));
			cluster.put("label", labels.get(c).label());
			cluster.put("keyTerms", labels.get(c).keyTerms());
			cluster.put("size", community.members().length);
			cluster.put("quality", round(community.quality()));
			cluster.put("neighbours", neighbours);
			cluster.put("neighbourWeights", weights);
			clusters.add(cluster);
			for (int m = 0; m < community.members().length; m++) {
				memberships.add(Map.of("paper", ids.get(community.members()[m]), "cluster", Integer.toString(c + 1),
						"centrality", round(community.centrality()[m])));
			}
		}
		session.executeWriteWithoutResult(tx -> {
			tx.run("MATCH (c:Cluster) DETACH DELETE c").consume();
			tx.run("""
					UNWIND $clusters AS row
					CREATE (c:Cluster)
					SET c = row, c.computedAt = datetime($now)
					""", Map.of("clusters", clusters, "now", now)).consume();
			for (int from = 0; from < memberships.size(); from += WRITE_BATCH) {
				tx.run("""
						UNWIND $rows AS row
						MATCH (p:Paper {id: row.paper})
						MATCH (c:Cluster {id: row.cluster})
						CREATE (p)-[:IN_CLUSTER {centrality: row.centrality}]->(c)
						""", Map.of("rows", memberships.subList(from, Math.min(memberships.size(), from + WRITE_BATCH))))
					.consume();
			}
		});
		return memberships.size();
	}

	/** How many clusters the graph holds. */
	long count() {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (c:Cluster) RETURN count(c) AS n").single().get("n").asLong());
		}
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
