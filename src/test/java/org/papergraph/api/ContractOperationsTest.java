package org.papergraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.papergraph.graph.PaperIdentity;
import org.papergraph.ingest.IngestService;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the public contract ({@code bench/operations.graphql}, the copy of the contract's
 * operations) validates and returns meaningful data on the bundled sample plus a Hugging Face listing.
 */
@PapergraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractOperationsTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	org.papergraph.similarity.DeriveWorker derive;

	private static final String LM_INFINITE = "LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models";

	String contract;

	@BeforeAll
	void sample() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		ingest.ingestHtml(Fixtures.text("fixtures/hf/weekly-listing.html"), "https://huggingface.co/papers/week/2024-W11");
		derive.runNow();
		contract = Fixtures.text("bench/operations.graphql");
	}

	@Test
	void searchFindsLongContextPapersForMemoryOfLongInputs() {
		List<Map> hits = run("Search", Map.of("q", "memory for very long inputs")).field("search").toEntityList(Map.class);

		assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(10);
		assertThat(hits.toString()).containsAnyOf("Self-Controlled Memory", "Episodic Memory", "LM-Infinite", "SirLLM");
	}

	@Test
	void clustersAnswersCommunitiesWithLabelsTermsTopicsAndPapers() {
		List<Map> clusters = run("Clusters", Map.of()).field("clusters").toEntityList(Map.class);

		assertThat(clusters).isNotEmpty();
		assertThat(clusters).allSatisfy(cluster -> {
			assertThat((String) cluster.get("label")).isNotBlank();
			assertThat((Integer) cluster.get("size")).isPositive();
		});
	}

	@Test
	void pathBetweenAndNeighbourhoodAnswerForPapers() {
		Map<String, Object> path = run("PathBetween", Map.of("from", "2308.16137", "to", "2401.02669")).field("path")
			.toEntity(Map.class);
		Map<String, Object> graph = run("Neighbourhood", Map.of("seeds", List.of("2308.16137"))).field("subgraph")
			.toEntity(Map.class);

		assertThat((Integer) path.get("length")).isBetween(1, 4);
		assertThat((List<?>) graph.get("nodes")).hasSizeBetween(2, 150);
		assertThat((List<?>) graph.get("edges")).isNotEmpty();
	}

	@Test
	void paperDetailAnswersByArxivIdWithAuthorsTopicsAndRepositories() {
		Map<String, Object> paper = run("PaperDetail", Map.of("id", "2308.16137")).field("paper").toEntity(Map.class);

		assertThat(paper).containsEntry("id", PaperIdentity.titleId(LM_INFINITE)).containsEntry("arxivId", "2308.16137")
			.containsEntry("url", "https://huggingface.co/papers/2308.16137").containsEntry("upvotes", 30);
		assertThat((List<?>) paper.get("authors")).hasSize(7);
		assertThat(paper.get("topics").toString()).contains("infinite-context");
		assertThat(paper.get("repositories").toString()).contains("https://github.com/Glaciohound/LM-Infinite");
		assertThat((List<?>) paper.get("keywords")).isNotEmpty();
	}

	@Test
	void paperPageFiltersByTopicAndCodeAndPagesWithCursors() {
		ClientGraphQlResponse first = run("PaperPage", Map.of());
		int total = first.field("papers.totalCount").toEntity(Integer.class);
		List<Map> edges = first.field("papers.edges").toEntityList(Map.class);

		assertThat(total).isGreaterThanOrEqualTo(5);
		assertThat(edges).hasSize(Math.min(10, total));
		List<Integer> upvotes = edges.stream().map(e -> (Integer) ((Map<?, ?>) e.get("node")).get("upvotes"))
			.map(v -> v == null ? -1 : v).toList();
		assertThat(upvotes).isSortedAccordingTo((a, b) -> b - a);
	}

	@Test
	void topicsAnswersTheTreeWithCounts() {
		List<Map> topics = run("Topics", Map.of()).field("topics").toEntityList(Map.class);

		assertThat(topics).hasSizeGreaterThanOrEqualTo(40);
		Map<?, ?> infinite = topics.stream().filter(t -> "infinite-context".equals(t.get("slug"))).findFirst().orElseThrow();
		assertThat((Integer) infinite.get("paperCount")).isGreaterThanOrEqualTo(7);
		assertThat(infinite.get("parent").toString()).contains("large-language-models");
		Map<?, ?> llm = topics.stream().filter(t -> "large-language-models".equals(t.get("slug"))).findFirst().orElseThrow();
		assertThat((Integer) llm.get("paperCount")).isGreaterThanOrEqualTo((Integer) infinite.get("paperCount"));
		assertThat(llm.get("children").toString()).contains("infinite-context");
	}

	@Test
	void topicDetailAnswersPapersRelatedTopicsRepositoriesAndTrend() {
		Map<String, Object> topic = run("TopicDetail", Map.of("slug", "reinforcement-learning")).field("topic")
			.toEntity(Map.class);

		assertThat(topic).containsEntry("slug", "reinforcement-learning");
		assertThat((String) topic.get("description")).isNotBlank();
		assertThat((Integer) topic.get("paperCount")).isGreaterThanOrEqualTo(5);
		assertThat((Integer) ((Map<?, ?>) topic.get("papers")).get("totalCount")).isEqualTo(topic.get("paperCount"));
		assertThat((List<?>) topic.get("relatedTopics")).isNotEmpty();
		assertThat((List<?>) topic.get("trend")).isNotEmpty();
	}

	@Test
	void bridgesAnswersPapersInBothTopics() {
		List<Map> bridges = run("Bridges", Map.of()).field("bridges").toEntityList(Map.class);

		assertThat(bridges).isNotNull();
	}

	@Test
	void repositoriesAnswersTheMostStarredFirstWithPapersAndTopics() {
		List<Map> edges = run("Repositories", Map.of()).field("repositories.edges").toEntityList(Map.class);

		List<Map<?, ?>> nodes = edges.stream().<Map<?, ?>>map(edge -> (Map<?, ?>) edge.get("node")).toList();
		assertThat(nodes).isNotEmpty();
		assertThat(nodes.stream().map(node -> node.get("stars") == null ? -1 : (Integer) node.get("stars")).toList())
			.isSortedAccordingTo((a, b) -> b - a);
		Map<?, ?> lmInfinite = nodes.stream()
			.filter(node -> "https://github.com/Glaciohound/LM-Infinite".equals(node.get("url"))).findFirst().orElseThrow();
		assertThat(lmInfinite.get("stars")).isEqualTo(418);
		assertThat(lmInfinite.get("papers").toString()).contains(PaperIdentity.titleId(LM_INFINITE));
		assertThat(lmInfinite.get("topics").toString()).contains("infinite-context");
	}

	@Test
	void statsCountsWhatTheGraphHolds() {
		Map<String, Object> stats = run("Stats", Map.of()).field("stats").toEntity(Map.class);

		assertThat((Integer) stats.get("papers")).as("28 seed papers, 3 more from the listings").isEqualTo(31);
		assertThat((Integer) stats.get("topics")).isGreaterThanOrEqualTo(40);
		assertThat((Integer) stats.get("authors")).isPositive();
	}

	@Test
	void statsAnswersEachCountAskedForAsTheGraphHoldsIt() {
		Map<String, Object> some = Api.anonymous(port).document("{ stats { edges keywords } }").executeSync()
			.field("stats").toEntity(Map.class);
		Map<String, Object> all = Api.anonymous(port)
			.document("{ stats { papers topics repositories authors clusters edges keywords } }").executeSync()
			.field("stats").toEntity(Map.class);

		long edges = TestGraph.count(driver, "MATCH ()-[r]->() WHERE NOT r:IN_TOPIC RETURN count(r)");
		long keywords = TestGraph.count(driver, "MATCH (n:Keyword) RETURN count(n)");
		assertThat(some).containsOnlyKeys("edges", "keywords");
		assertThat(((Number) some.get("edges")).longValue()).isEqualTo(edges).isPositive();
		assertThat(((Number) some.get("keywords")).longValue()).isEqualTo(keywords).isPositive();
		assertThat(((Number) all.get("repositories")).longValue())
			.isEqualTo(TestGraph.count(driver, "MATCH (n:Repository) RETURN count(n)"));
		assertThat(((Number) all.get("edges")).longValue()).isEqualTo(edges);
		assertThat(((Number) all.get("papers")).longValue())
			.isEqualTo(TestGraph.count(driver, "MATCH (n:Paper) RETURN count(n)"));
	}

	ClientGraphQlResponse run(String operation, Map<String, Object> variables) {
		HttpSyncGraphQlClient client = Api.anonymous(port);
		ClientGraphQlResponse response = client.document(contract).operationName(operation).variables(variables)
			.executeSync();
		assertThat(response.getErrors()).as(operation + " errors").isEmpty();
		return response;
	}

}
