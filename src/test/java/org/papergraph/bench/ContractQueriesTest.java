package org.papergraph.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.papergraph.ingest.IngestService;
import org.papergraph.similarity.DeriveWorker;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written Cypher the API benchmark measures GraphQL against returns, for every contract query operation,
 * the very data the GraphQL API answers, on the sample plus Hugging Face listings with real embeddings.
 */
@PapergraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractQueriesTest {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	DeriveWorker derive;

	@Autowired
	ContractQueries queries;

	@BeforeAll
	void sample() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		ingest.ingestHtml(Fixtures.text("fixtures/hf/weekly-listing.html"), "https://huggingface.co/papers/week/2024-W11");
		derive.runNow();
	}

	@Test
	void everyContractQueryHasCypherThatAnswersTheSameDataForManyPapers() {
		List<String> ids = queries.samplePaperIds(64);
		assertThat(ids).hasSizeGreaterThan(20);
		assertThat(queries.names()).contains("Search", "PaperDetail", "PaperPage", "Topics", "TopicDetail", "Clusters",
				"Bridges", "PathBetween", "Neighbourhood", "Repositories", "Stats");

		for (String operation : queries.names()) {
			for (int i = 0; i < ids.size(); i++) {
				Map<String, Object> variables = queries.variables(operation, ids, i);
				Map<String, Object> graphQl = queries.viaGraphQl(operation, variables);

				assertThat(SameData.difference(graphQl, queries.viaCypher(operation, variables)))
					.as("%s with %s", operation, variables)
					.isEmpty();
			}
		}
	}

	@Test
	void theAnswersCompareHaveContent() {
		List<String> ids = queries.samplePaperIds(64);

		Map<String, Object> detail = queries.viaCypher("PaperDetail", Map.of("id", "2308.16137"));
		Map<String, Object> path = queries.viaCypher("PathBetween", queries.variables("PathBetween", ids, 1));

		assertThat((List<?>) ((Map<?, ?>) detail.get("paper")).get("related")).isNotEmpty();
		assertThat(detail.toString()).contains("reasons", "SHARED_TOPIC");
		assertThat(path.get("path")).isNotNull();
		assertThat((List<?>) ((Map<?, ?>) queries.viaCypher("Neighbourhood", Map.of("seeds", List.of("2308.16137")))
			.get("subgraph")).get("edges")).hasSizeGreaterThan(10);
		assertThat((List<?>) queries.viaCypher("Search", Map.of("q", "memory for very long inputs")).get("search"))
			.hasSize(10);
	}

	@Test
	void findsTheDifferenceBetweenTwoAnswers() {
		Map<String, Object> answer = Map.of("paper", Map.of("id", "1", "related", List.of(Map.of("score", 0.5))));

		assertThat(SameData.difference(answer, Map.of("paper", Map.of("id", "1", "related", List.of(Map.of("score", 0.5000001))))))
			.isEmpty();
		assertThat(SameData.difference(answer, Map.of("paper", Map.of("id", "1", "related", List.of(Map.of("score", 0.6))))))
			.contains("data.paper.related[0].score: 0.5 against 0.6");
		assertThat(SameData.difference(answer, Map.of("paper", Map.of("id", "2", "related", List.of()))))
			.contains("data.paper.id: 1 against 2");
		assertThat(SameData.difference(Map.of("edges", List.of(Map.of("cursor", "b3BhcXVl"))),
				Map.of("edges", List.of(Map.of("cursor", List.of(3, "x")))))).isEmpty();
	}

}
