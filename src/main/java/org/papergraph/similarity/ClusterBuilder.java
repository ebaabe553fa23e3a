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
import org.neo4j.driver.Value;
import org.papergraph.graph.Decimals;
import org.papergraph.graph.ClusterTopics;
import org.springframework.stereotype.Component;

/**
 * Finds clusters of papers and stores them: Leiden community detection ({@link CommunityDetection}) over a weighted
 * paper graph of similarity, shared topics, keywords, repositories and authors; each cluster becomes a {@code Cluster}
 * node (label and key terms from {@link ClusterLabeler}, size, quality, neighbour clusters) with {@code
 * (p)-[:IN_CLUSTER {centrality}]->(c)} for its papers and {@code (c)-[:COVERS {papers, weight}]->(t)} for its dominant
 * topics. The old clusters are replaced in one transaction ({@link ClusterTopics} keeps the dominant topics current
 * when all papers' topics are reassigned).
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

	/** Every paper, numbered in id order: ids, element ids and documents by number, and numbers by id. */
	private record Corpus(List<String> ids, List<String> elements, List<ClusterLabeler.Document> documents,
			Map<String, Integer> index) {
	}

	/** Recomputes all clusters and replaces the stored ones. */
	Report recompute() {
		long started = System.nanoTime();
		SimilarityProperties.Clusters settings = properties.clusters();
		try (Session session = driver.session()) {
			Corpus corpus = readPapers(session);
			WeightedEdges edges = new WeightedEdges(corpus.ids().size() * properties.neighbours());
			readSimilarity(session, corpus, edges, settings.similarityWeight());
			for (String group : GROUPS) {
				session.executeRead(tx -> {
					addGroups(tx.run(group, Map.of("max", settings.maxGroupSize())), corpus.index(), edges, settings);
					return null;
				});
			}
			long read = System.nanoTime();
			CommunityDetection.Result result = CommunityDetection.detect(corpus.ids().size(), edges,
					new CommunityDetection.Settings(settings.resolution(), settings.seed(), settings.iterations(),
							settings.minSize()));
			List<int[]> members = result.communities().stream().map(CommunityDetection.Community::members).toList();
			List<ClusterLabeler.Label> labels = ClusterLabeler.label(corpus.documents(), members);
			int placed = write(session, corpus, result.communities(), labels);
			long done = System.nanoTime();
			return new Report(result.communities().size(), placed, edges.size(), (read - started) / 1_000_000,
					result.leidenMillis(), (done - started) / 1_000_000);
		}
	}

	private static Corpus readPapers(Session session) {
		Corpus corpus = new Corpus(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashMap<>());
		String after = "";
		while (true) {
			String from = after;
			List<Record> page = session.executeRead(tx -> tx.run("""
					MATCH (p:Paper) WHERE p.id > $after
					RETURN p.id AS id, elementId(p) AS element, p.title AS title,
					       [(p)-[:HAS_KEYWORD]->(k:Keyword) | coalesce(k.label, k.key)] + coalesce(p.aiKeywords, []) AS keywords
					ORDER BY p.id LIMIT $limit
					""", Map.of("after", from, "limit", PAGE)).list());
			if (page.isEmpty()) {
				return corpus;
			}
			for (Record paper : page) {
				corpus.index().put(paper.get("id").asString(), corpus.ids().size());
				corpus.ids().add(paper.get("id").asString());
				corpus.elements().add(paper.get("element").asString());
				corpus.documents().add(new ClusterLabeler.Document(paper.get("title").asString(""),
						paper.get("keywords").asList(v -> v.asString(""))));
			}
			after = corpus.ids().get(corpus.ids().size() - 1);
		}
	}

	/** Adds each {@code SIMILAR_TO} pair once, weighted by its cosine similarity. */
	private static void readSimilarity(Session session, Corpus corpus, WeightedEdges edges, double weight) {
		for (int from = 0; from < corpus.ids().size(); from += PAGE) {
			List<String> page = corpus.elements().subList(from, Math.min(corpus.ids().size(), from + PAGE));
			session.executeRead(tx -> {
				Result lists = tx.run("""
						UNWIND $elements AS element
						MATCH (a:Paper)-[s:SIMILAR_TO]->(b:Paper) WHERE elementId(a) = element
						RETURN a.id AS a, collect(b.id) AS others, collect(s.score) AS scores
						""", Map.of("elements", page));
				while (lists.hasNext()) {
					Record list = lists.next();
					Integer a = corpus.index().get(list.get("a").asString());
					List<String> others = list.get("others").asList(Value::asString);
					List<Double> scores = list.get("scores").asList(Value::asDouble);
					for (int i = 0; i < others.size(); i++) {
						Integer b = corpus.index().get(others.get(i));
						if (a != null && b != null) {
							edges.atLeast(a, b, weight * scores.get(i));
						}
					}
				}
				return null;
			});
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
	private static int write(Session session, Corpus corpus, List<CommunityDetection.Community> communities,
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
				int paper = community.members()[m];
				memberships.add(Map.of("paper", corpus.elements().get(paper), "id", corpus.ids().get(paper), "cluster",
						Integer.toString(c + 1), "centrality", round(community.centrality()[m])));
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
						MATCH (p:Paper) WHERE elementId(p) = row.paper AND p.id = row.id
						MATCH (c:Cluster {id: row.cluster})
						CREATE (p)-[:IN_CLUSTER {centrality: row.centrality}]->(c)
						""", Map.of("rows", memberships.subList(from, Math.min(memberships.size(), from + WRITE_BATCH))))
					.consume();
			}
			ClusterTopics.relink(tx);
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
		return Decimals.round(value, 4);
	}

}
