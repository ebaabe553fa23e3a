package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.papergraph.api.Connection;
import org.papergraph.api.Cursor;
import org.papergraph.graph.ClusterNode;
import org.papergraph.graph.GraphIds;
import org.papergraph.graph.GroupedQuery;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.TopicNode;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads clusters for the API: lists, lookups, and each cluster's topics, papers and neighbours for many clusters
 * (or papers) in one query.
 */
@Component
class ClusterReader {

	/** The name that cursors of a cluster's papers carry. */
	static final String PAGE_CURSOR = "cluster-papers";

	/**
	 * A cluster's dominant topics, for a cluster bound to {@code c}: those most of its papers have, as stored with the
	 * cluster ({@link org.papergraph.graph.ClusterTopics}).
	 */
	private static String topicsOfC(boolean withTexts) {
		return """
				COLLECT { MATCH (c)-[v:COVERS]->(t:Topic)
				          WITH t, v ORDER BY v.papers DESC, v.weight DESC, t.slug RETURN t {%s} }"""
			.formatted(TopicNode.projection(withTexts));
	}

	/**
	 * A cluster's first {@code $pageLimit} papers, the most central first, for a cluster bound to {@code c}; their
	 * long texts only when asked for.
	 */
	private static String pageOfC(boolean withTexts) {
		return """
				COLLECT { MATCH (p:Paper)-[m:IN_CLUSTER]->(c)
				          WITH p, m.centrality AS centrality ORDER BY centrality DESC, p.id LIMIT $pageLimit
				          RETURN {paper: p {%s}, centrality: centrality} }""".formatted(PaperNode.projection(withTexts));
	}

	private final Neo4jClient neo4j;

	ClusterReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A page of a cluster's papers: which cluster, how many, and after which position. */
	record PageKey(String cluster, int first, Double afterCentrality, String afterId) {
	}

	/** A request for a cluster's neighbours. */
	record NeighboursKey(String cluster, int first) {
	}

	/**
	 * The largest clusters, and in the same statement each one's dominant topics (when {@code withTopics}) and first
	 * page of papers (when {@code papersFirst} is positive).
	 *
	 * @param clusters the clusters, the largest first
	 * @param topics each cluster's dominant topics, empty unless asked for
	 * @param papers each cluster's first page of papers by its page key, empty unless asked for
	 */
	record Overview(List<ClusterNode> clusters, Map<ClusterNode, List<TopicNode>> topics,
			Map<PageKey, Connection<PaperNode>> papers) {
	}

	/** The largest clusters with, as asked for, their topics and first pages of papers, in one statement. */
	Overview overview(int first, boolean withTopics, int papersFirst, boolean withPaperTexts,
			boolean withTopicTexts) {
		Map<ClusterNode, List<TopicNode>> topics = new LinkedHashMap<>();
		Map<PageKey, Connection<PaperNode>> papers = new LinkedHashMap<>();
		List<ClusterNode> clusters = List.copyOf(neo4j.query("""
				MATCH (c:Cluster)
				WITH c ORDER BY c.size DESC, toInteger(c.id) LIMIT $first
				WITH c {%s} AS cluster, c.size AS size, toInteger(c.id) AS number, %s AS topics, %s AS page
				RETURN cluster, topics, page ORDER BY size DESC, number
				""".formatted(ClusterNode.PROJECTION, withTopics ? topicsOfC(withTopicTexts) : "[]",
						papersFirst > 0 ? pageOfC(withPaperTexts) : "[]"))
			.bindAll(Map.of("first", first, "pageLimit", papersFirst + 1))
			.fetchAs(ClusterNode.class)
			.mappedBy((types, row) -> {
				ClusterNode cluster = ClusterNode.from(row.get("cluster"));
				if (withTopics) {
					topics.put(cluster, row.get("topics").asList(TopicNode::from));
				}
				if (papersFirst > 0) {
					papers.put(new PageKey(cluster.number(), papersFirst, null, null),
							connection(positioned(row.get("page")), papersFirst, false, cluster.size()));
				}
				return cluster;
			})
			.all());
		return new Overview(clusters, topics, papers);
	}

	private static List<Positioned> positioned(Value page) {
		return page.asList(v -> new Positioned(PaperNode.from(v.get("paper")), v.get("centrality").asDouble(0)));
	}

	private static Connection<PaperNode> connection(List<Positioned> page, int first, boolean afterGiven, int total) {
		Map<String, Double> centrality = new HashMap<>();
		page.forEach(p -> centrality.put(p.paper().id(), p.centrality()));
		return Connection.of(page.stream().map(Positioned::paper).toList(), first, afterGiven, total,
				paper -> Cursor.encode(PAGE_CURSOR, centrality.get(paper.id()), paper.id()));
	}

	/** A cluster by its global id ({@code cluster:3}) or number. */
	Optional<ClusterNode> find(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String number = id.startsWith(GraphIds.CLUSTER) ? id.substring(GraphIds.CLUSTER.length()) : id;
		return byNumbers(List.of(number)).values().stream().findFirst();
	}

	private Map<String, ClusterNode> byNumbers(Collection<String> numbers) {
		Map<String, ClusterNode> found = new LinkedHashMap<>();
		neo4j.query("""
				UNWIND $numbers AS number
				MATCH (c:Cluster {id: number})
				RETURN c {%s} AS cluster
				""".formatted(ClusterNode.PROJECTION))
			.bind(List.copyOf(numbers)).to("numbers")
			.fetchAs(ClusterNode.class)
			.mappedBy((types, row) -> ClusterNode.from(row.get("cluster")))
			.all()
			.forEach(cluster -> found.put(cluster.number(), cluster));
		return found;
	}

	/** The cluster of each paper that has one, by paper id. */
	Map<String, ClusterNode> forPapers(Collection<String> paperIds) {
		Map<String, ClusterNode> clusters = new HashMap<>();
		neo4j.query("""
				UNWIND $ids AS id
				MATCH (:Paper {id: id})-[:IN_CLUSTER]->(c:Cluster)
				RETURN id, c {%s} AS cluster
				""".formatted(ClusterNode.PROJECTION))
			.bind(List.copyOf(paperIds)).to("ids")
			.fetchAs(PaperCluster.class)
			.mappedBy((types, row) -> new PaperCluster(row.get("id").asString(), ClusterNode.from(row.get("cluster"))))
			.all()
			.forEach(found -> clusters.put(found.paperId(), found.cluster()));
		return clusters;
	}

	/** Each cluster's dominant topics: those most of its papers have, the most frequent first. */
	Map<String, List<TopicNode>> topics(Collection<String> numbers) {
		return GroupedQuery.lists(neo4j, numbers, Function.identity(),
				"UNWIND $ids AS id MATCH (c:Cluster {id: id}) RETURN id, " + topicsOfC(true) + " AS items", TopicNode::from);
	}

	/** Pages of clusters' papers, the most central first (ties by id), with keyset cursors. */
	Map<PageKey, Connection<PaperNode>> papers(Collection<PageKey> keys) {
		List<PageKey> ordered = List.copyOf(keys);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			PageKey key = ordered.get(i);
			Map<String, Object> row = new HashMap<>();
			row.put("index", i);
			row.put("cluster", key.cluster());
			row.put("limit", key.first() + 1);
			row.put("afterCentrality", key.afterCentrality());
			row.put("afterId", key.afterId());
			rows.add(row);
		}
		Map<Integer, PageRow> fetched = new HashMap<>();
		neo4j.query("""
				UNWIND $keys AS key
				MATCH (c:Cluster {id: key.cluster})
				CALL (c, key) {
				  MATCH (p:Paper)-[m:IN_CLUSTER]->(c)
				  WHERE key.afterCentrality IS NULL OR m.centrality < key.afterCentrality
				     OR (m.centrality = key.afterCentrality AND p.id > key.afterId)
				  WITH p, m.centrality AS centrality
				  ORDER BY centrality DESC, p.id
				  WITH collect({paper: p, centrality: centrality}) AS all
				  RETURN COLLECT { UNWIND all[0..key.limit] AS entry WITH entry.paper AS q, entry.centrality AS centrality
				                   RETURN {paper: q {%s}, centrality: centrality} } AS page
				}
				RETURN key.index AS index, c.size AS total, page
				""".formatted(PaperNode.PROJECTION))
			.bind(rows).to("keys")
			.fetchAs(PageRow.class)
			.mappedBy((types, row) -> new PageRow(row.get("index").asInt(), row.get("total").asInt(0),
					positioned(row.get("page"))))
			.all()
			.forEach(row -> fetched.put(row.index(), row));
		Map<PageKey, Connection<PaperNode>> pages = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			PageKey key = ordered.get(i);
			PageRow row = fetched.getOrDefault(i, new PageRow(i, 0, List.of()));
			pages.put(key, connection(row.page(), key.first(), key.afterId() != null, row.total()));
		}
		return pages;
	}

	private record Positioned(PaperNode paper, double centrality) {
	}

	private record PaperCluster(String paperId, ClusterNode cluster) {
	}

	private record PageRow(int index, int total, List<Positioned> page) {
	}

	private record StoredLinks(String number, List<Map.Entry<String, Double>> links) {
	}

	/** Each cluster's most strongly linked other clusters, the strongest first. */
	Map<NeighboursKey, List<ClusterLink>> neighbours(Collection<NeighboursKey> keys) {
		Map<String, List<Map.Entry<String, Double>>> stored = new HashMap<>();
		neo4j.query("""
				UNWIND $numbers AS number
				MATCH (c:Cluster {id: number})
				RETURN number, coalesce(c.neighbours, []) AS neighbours, coalesce(c.neighbourWeights, []) AS weights
				""")
			.bind(keys.stream().map(NeighboursKey::cluster).distinct().toList()).to("numbers")
			.fetchAs(StoredLinks.class)
			.mappedBy((types, row) -> {
				List<String> neighbours = row.get("neighbours").asList(v -> v.asString());
				List<Double> weights = row.get("weights").asList(v -> v.asDouble());
				List<Map.Entry<String, Double>> links = new ArrayList<>();
				for (int i = 0; i < Math.min(neighbours.size(), weights.size()); i++) {
					links.add(Map.entry(neighbours.get(i), weights.get(i)));
				}
				return new StoredLinks(row.get("number").asString(), links);
			})
			.all()
			.forEach(links -> stored.put(links.number(), links.links()));
		Map<String, ClusterNode> clusters = byNumbers(stored.values()
			.stream()
			.flatMap(List::stream)
			.map(Map.Entry::getKey)
			.distinct()
			.toList());
		Map<NeighboursKey, List<ClusterLink>> result = new HashMap<>();
		for (NeighboursKey key : keys) {
			result.put(key, stored.getOrDefault(key.cluster(), List.of())
				.stream()
				.filter(link -> clusters.containsKey(link.getKey()))
				.limit(key.first())
				.map(link -> new ClusterLink(clusters.get(link.getKey()), link.getValue()))
				.toList());
		}
		return result;
	}

}
