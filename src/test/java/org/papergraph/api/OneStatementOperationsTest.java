package org.papergraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.papergraph.graph.PaperIdentity;
import org.papergraph.ingest.IngestService;
import org.papergraph.similarity.DeriveWorker;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.StatementCounter;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract operations whose nested fields are fetched by the root field's own statement (look-ahead) run one
 * statement per request, and still answer the nested fields.
 */
@PapergraphTest
@Import(StatementCounter.class)
class OneStatementOperationsTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	DeriveWorker derive;

	String contract;

	@BeforeEach
	void sample() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		contract = Fixtures.text("bench/operations.graphql");
	}

	@Test
	void topicsRunsOneStatementForCountsParentsAndChildren() {
		ClientGraphQlResponse response = run("Topics", Map.of());

		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(response.field("topics").toEntityList(Map.class).toString()).contains("parent={slug=",
				"children=[{slug=");
		assertThat(response.field("topics").toEntityList(Map.class)).anySatisfy(
				topic -> assertThat((Integer) topic.get("paperCount")).isPositive());
	}

	@Test
	void repositoriesRunsOneStatementForThePageAndEachRepositorysPapersAndTopics() {
		ClientGraphQlResponse response = run("Repositories", Map.of());

		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(response.field("repositories.edges[0].node.papers").toEntityList(Map.class)).isNotEmpty();
		assertThat(response.field("repositories.edges[0].node.topics").toEntityList(Map.class)).isNotEmpty();
	}

	@Test
	void paperPageRunsOneStatementForThePageAndItsCount() {
		ClientGraphQlResponse response = run("PaperPage", Map.of());

		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(response.field("papers.totalCount").toEntity(Integer.class)).isPositive();
	}

	@Test
	void pathBetweenRunsOneStatementForTheLookupsAndThePath() {
		ClientGraphQlResponse response = run("PathBetween", Map.of("from", "2308.16137", "to", "topic:infinite-context"));

		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(response.field("path.length").toEntity(Integer.class)).isEqualTo(1);
	}

	@Test
	void neighbourhoodRunsOneStatementForSeedsLevelsAndLinks() {
		ClientGraphQlResponse response = run("Neighbourhood", Map.of("seeds", java.util.List.of("2308.16137")));

		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(response.field("subgraph.nodes").toEntityList(Map.class)).hasSizeGreaterThan(5);
		assertThat(response.field("subgraph.edges").toEntityList(Map.class)).isNotEmpty();
	}

	@Test
	void clustersRunsOneStatementForTheirTopicsAndPapers() {
		derive.runNow();

		ClientGraphQlResponse response = run("Clusters", Map.of());

		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(response.field("clusters[0].topics").toEntityList(Map.class)).isNotEmpty();
		assertThat(response.field("clusters[0].papers.edges").toEntityList(Map.class)).hasSizeBetween(1, 5);
	}

	@Test
	void pathAndNeighbourhoodFindAPaperByItsArxivIdAndByItsGraphNodeId() {
		String id = PaperIdentity.titleId("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models");

		ClientGraphQlResponse path = run("PathBetween", Map.of("from", "2308.16137", "to", "topic:infinite-context"));
		ClientGraphQlResponse neighbourhood = run("Neighbourhood", Map.of("seeds", java.util.List.of("graph:" + id)));

		assertThat(path.field("path.hops[0].from.id").toEntity(String.class)).isEqualTo("graph:" + id);
		assertThat(neighbourhood.field("subgraph.nodes[0].id").toEntity(String.class)).isEqualTo("graph:" + id);
	}

	@Test
	void listsOfPapersAndTopicsReadTheirLongTextsOnlyWhenTheRequestShowsThem() {
		derive.runNow();
		String lists = """
				query Lists {
				  papers(first: 5) { edges { node { id title } } }
				  clusters(first: 2) { papers(first: 2) { edges { node { title } } } }
				  search(query: "long context", first: 3) { paper { id } }
				  topics { slug children { name } }
				}""";
		String withTexts = """
				query WithTexts {
				  papers(first: 5) { edges { node { id abstract } } }
				  search(query: "long context", first: 3) { paper { aiSummary } }
				  topics { slug children { description } }
				}""";

		ClientGraphQlResponse without = execute(lists);
		List<String> shortReads = StatementCounter.texts();
		ClientGraphQlResponse with = execute(withTexts);
		List<String> full = StatementCounter.texts();

		assertThat(without.field("papers.edges").toEntityList(Map.class)).hasSize(5);
		assertThat(without.field("clusters[0].papers.edges").toEntityList(Map.class)).isNotEmpty();
		assertThat(shortReads).isNotEmpty().noneMatch(text -> text.contains(".abstract") || text.contains(".aiSummary")
				|| text.contains(".description") || text.contains(".phrases"));
		assertThat(with.field("papers.edges[0].node.abstract").toEntity(String.class)).isNotBlank();
		assertThat(full).anyMatch(text -> text.contains(".abstract")).anyMatch(text -> text.contains(".description"));
		assertThat(with.field("topics[0].children[0].description").toEntity(String.class)).isNotBlank();
	}

	private ClientGraphQlResponse execute(String document) {
		StatementCounter.reset();
		ClientGraphQlResponse response = Api.anonymous(port).document(document).executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	private ClientGraphQlResponse run(String operation, Map<String, Object> variables) {
		StatementCounter.reset();
		ClientGraphQlResponse response = Api.anonymous(port).document(contract).operationName(operation)
			.variables(variables).executeSync();
		assertThat(response.getErrors()).as(operation + " errors").isEmpty();
		return response;
	}

}
