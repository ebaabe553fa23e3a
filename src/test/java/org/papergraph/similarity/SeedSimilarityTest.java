package org.papergraph.similarity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.ingest.IngestService;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.papergraph.topics.TopicService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance checks on the bundled seed (28 papers from a search for "infinite"): clusters and related papers
 * that make sense to a reader, served as the contract's operations write them.
 */
@PapergraphTest
class SeedSimilarityTest {

	static final List<String> LONG_CONTEXT = List.of(
			"LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models",
			"SirLLM: Streaming Infinite Retentive LLM",
			"Landmark Attention: Random-Access Infinite Context Length for Transformers",
			"Human-like Episodic Memory for Infinite Context LLMs",
			"Infinite-LLM: Efficient LLM Service for Long Context with DistAttention and Distributed KVCache",
			"TokenRing: An Efficient Parallelism Framework for Infinite-Context LLMs via Bidirectional Communication",
			"Unleashing Infinite-Length Input Capacity for Large-scale Language Models with Self-Controlled Memory System");

	/** A theory paper on infinitely long prefixes in attention: about long inputs to transformers too. */
	static final String LONG_PREFIX = "Toward Infinite-Long Prefix in Transformer";

	private static final String CLUSTERS = """
			query Clusters {
			  clusters(first: 20) {
			    id
			    label
			    size
			    keyTerms
			    topics { slug }
			    papers(first: 5) { edges { node { id title } } }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	DeriveWorker worker;

	@Autowired
	TopicService topics;

	@BeforeEach
	void seedAndDerive() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		worker.runNow();
	}

	@Test
	void longContextPapersMostlyShareOneCluster() {
		Map<String, Long> clusterSizes = clusterOf(LONG_CONTEXT).values()
			.stream()
			.collect(Collectors.groupingBy(c -> c, Collectors.counting()));

		assertThat(clusterSizes.values()).anyMatch(papers -> papers >= 5);
	}

	@Test
	void lmInfinitesTopThreeRelatedPapersAreAboutLongInputs() {
		List<Map<String, Object>> related = related("LM-Infinite", 3);

		assertThat(related).hasSize(3);
		assertThat(related).extracting(r -> title(r)).allMatch(t -> LONG_CONTEXT.contains(t) || LONG_PREFIX.equals(t));
		assertThat(title(related.get(0))).isIn(LONG_CONTEXT);
		assertThat(related).allSatisfy(r -> assertThat((List<?>) r.get("reasons")).isNotEmpty());
	}

	@Test
	void locomotionControlIsNotRelatedToLongContextPapers() {
		List<Map<String, Object>> related = related("Learning H-Infinity Locomotion Control", 5);

		assertThat(related).isNotEmpty();
		assertThat(related).extracting(r -> title(r)).noneMatch(LONG_CONTEXT::contains);
	}

	@Test
	void servesTheClustersOperationAsTheContractWritesIt() {
		List<Map<String, Object>> clusters = Api.anonymous(port).document(CLUSTERS).retrieveSync("clusters")
			.toEntityList(Map.class)
			.stream()
			.map(c -> (Map<String, Object>) c)
			.toList();

		assertThat(clusters).isNotEmpty();
		assertThat(clusters).extracting(c -> (Integer) c.get("size")).isSortedAccordingTo(Comparator.reverseOrder());
		Map<String, Object> largest = clusters.get(0);
		assertThat((String) largest.get("id")).startsWith("cluster:");
		assertThat((String) largest.get("label")).isNotBlank().doesNotContainIgnoringCase("infinite");
		assertThat((List<?>) largest.get("keyTerms")).isNotEmpty();
		assertThat((List<?>) ((Map<?, ?>) largest.get("papers")).get("edges")).hasSize(5);
	}

	@Test
	void findsAClusterByIdAndPagesThroughItsPapersMostCentralFirst() {
		String id = Api.anonymous(port).document("{ clusters(first: 1) { id } }").retrieveSync("clusters[0].id")
			.toEntity(String.class);
		String page = """
				query Page($id: ID!, $after: String) {
				  cluster(id: $id) {
				    size
				    papers(first: 3, after: $after) {
				      totalCount
				      edges { cursor node { id } }
				      pageInfo { hasNextPage hasPreviousPage endCursor }
				    }
				    neighbours(first: 3) { weight cluster { id } }
				  }
				}""";

		Map<String, Object> first = Api.anonymous(port).document(page).variable("id", id)
			.retrieveSync("cluster").toEntity(Map.class);
		Map<String, Object> firstPage = (Map<String, Object>) first.get("papers");
		String endCursor = (String) ((Map<?, ?>) firstPage.get("pageInfo")).get("endCursor");
		Map<String, Object> second = (Map<String, Object>) Api.anonymous(port).document(page).variable("id", id)
			.variable("after", endCursor).retrieveSync("cluster.papers").toEntity(Map.class);

		assertThat(firstPage.get("totalCount")).isEqualTo(first.get("size"));
		assertThat(((Map<?, ?>) firstPage.get("pageInfo")).get("hasNextPage")).isEqualTo(true);
		assertThat(((Map<?, ?>) second.get("pageInfo")).get("hasPreviousPage")).isEqualTo(true);
		List<Object> firstIds = ids(firstPage);
		List<Object> secondIds = ids(second);
		assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
	}

	@Test
	void explainsRelatedPapersBySharedTopicsKeywordsAuthorsAndRepositories() {
		try (Session session = driver.session()) {
			session.run("""
					MATCH (a:Paper) WHERE a.title STARTS WITH 'LM-Infinite'
					MATCH (b:Paper) WHERE b.title STARTS WITH 'SirLLM'
					MERGE (k:Keyword {key: 'length generalization'}) ON CREATE SET k.label = 'length generalization'
					CREATE (au:Author {key: 'chi han', name: 'Chi Han'})
					MERGE (r:Repository {key: 'github.com/x/y'})
					  ON CREATE SET r.url = 'https://github.com/x/y', r.host = 'github.com', r.owner = 'x', r.name = 'y'
					MERGE (a)-[:HAS_KEYWORD]->(k) MERGE (b)-[:HAS_KEYWORD]->(k)
					CREATE (au)-[:AUTHORED]->(a), (au)-[:AUTHORED]->(b)
					CREATE (a)-[:HAS_CODE]->(r), (b)-[:HAS_CODE]->(r)
					""").consume();
		}

		Map<String, Object> sirLlm = related("LM-Infinite", 5).stream()
			.filter(r -> title(r).startsWith("SirLLM"))
			.findFirst()
			.orElseThrow();

		List<String> reasons = ((List<Map<String, Object>>) sirLlm.get("reasons")).stream()
			.map(r -> r.get("kind") + ": " + r.get("detail"))
			.toList();
		assertThat(reasons.get(0)).startsWith("TEXT_SIMILARITY: cosine similarity 0.7");
		assertThat(reasons).contains("SHARED_TOPIC: both about infinite-context",
				"SHARED_KEYWORD: both have the keyword \"length generalization\"", "SHARED_AUTHOR: both by Chi Han",
				"SHARED_REPOSITORY: both cite github.com/x/y");
		assertThat(((Number) sirLlm.get("score")).doubleValue()).isGreaterThan(0.6);
	}

	@Test
	void namesEachClustersDominantTopics() {
		worker.runNow();

		List<String> slugs = Api.anonymous(port).document("""
				query Cluster($id: ID!) { cluster(id: $id) { topics { slug } } }""")
			.variable("id", "cluster:" + clusterOf(List.of(LONG_CONTEXT.get(0))).values().iterator().next())
			.retrieveSync("cluster.topics")
			.toEntityList(Map.class)
			.stream()
			.map(topic -> (String) topic.get("slug"))
			.toList();

		assertThat(slugs).first().isEqualTo("infinite-context");
	}

	@Test
	void findsEachClustersDominantTopicsAgainWhenEveryPapersTopicsAreReassigned() {
		worker.runNow();
		String stored = """
				MATCH (c:Cluster)-[v:COVERS]->(t:Topic)
				WITH c, t, v ORDER BY c.id, v.papers DESC, v.weight DESC, t.slug
				RETURN c.id + ':' + t.slug AS pair""";
		String counted = """
				MATCH (c:Cluster)
				CALL (c) {
				  MATCH (c)<-[:IN_CLUSTER]-(:Paper)-[h:HAS_TOPIC]->(t:Topic)
				  WITH t, count(*) AS papers, sum(h.score) AS weight ORDER BY papers DESC, weight DESC, t.slug LIMIT 5
				  RETURN t
				}
				WITH c, t ORDER BY c.id
				RETURN c.id + ':' + t.slug AS pair""";
		List<String> before = pairs(stored);
		assertThat(before).isNotEmpty().isEqualTo(pairs(counted));
		try (Session session = driver.session()) {
			session.run("MATCH (:Cluster)-[v:COVERS]->() DELETE v").consume();
		}

		topics.reassignAll();

		assertThat(pairs(stored)).isEqualTo(before);
	}

	private List<String> pairs(String query) {
		try (Session session = driver.session()) {
			return session.run(query).list(row -> row.get("pair").asString());
		}
	}

	@Test
	void refusesAPageLargerThanOneHundred() {
		ClientGraphQlResponse response = Api.anonymous(port).document("{ clusters(first: 101) { id } }").executeSync();

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("100");
		});
	}

	private List<Map<String, Object>> related(String query, int first) {
		return Api.anonymous(port).document("""
				query Related($q: String!, $first: Int) {
				  search(query: $q, mode: KEYWORD, first: 1) {
				    paper { title related(first: $first) { score paper { id title } reasons { kind detail weight } } }
				  }
				}""").variable("q", query).variable("first", first)
			.retrieveSync("search[0].paper.related")
			.toEntityList(Map.class)
			.stream()
			.map(r -> (Map<String, Object>) r)
			.toList();
	}

	private static String title(Map<String, Object> related) {
		return (String) ((Map<?, ?>) related.get("paper")).get("title");
	}

	private static List<Object> ids(Map<String, Object> page) {
		return ((List<Map<String, Map<String, Object>>>) page.get("edges")).stream().map(e -> e.get("node").get("id")).toList();
	}

	private Map<String, String> clusterOf(List<String> titles) {
		try (Session session = driver.session()) {
			return session.run("""
					MATCH (p:Paper)-[:IN_CLUSTER]->(c:Cluster) WHERE p.title IN $titles
					RETURN p.title AS title, c.id AS cluster
					""", Map.of("titles", titles)).list().stream()
				.collect(Collectors.toMap(r -> r.get("title").asString(), r -> r.get("cluster").asString()));
		}
	}

}
