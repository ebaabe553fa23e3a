package org.papergraph.explorer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerIntegrationTest {

	private static final String PATH = """
			query PathBetween($from: ID!, $to: ID!, $maxHops: Int) {
			  path(from: $from, to: $to, maxHops: $maxHops) {
			    length hops { from { id ref kind label } relation to { id ref kind label } }
			  }
			}""";

	private static final String SUBGRAPH = """
			query Neighbourhood($seeds: [ID!]!, $depth: Int, $limit: Int, $relations: [Relation!]) {
			  subgraph(seeds: $seeds, depth: $depth, limit: $limit, relations: $relations) {
			    nodes { id ref kind label weight } edges { source target relation weight } truncated
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	String lmInfinite;

	String sirLlm;

	String hInfinity;

	@BeforeAll
	void sample() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		lmInfinite = PaperIdentity.titleId("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models");
		sirLlm = PaperIdentity.titleId("SirLLM: Streaming Infinite Retentive LLM");
		hInfinity = PaperIdentity.titleId("Learning H-Infinity Locomotion Control");
	}

	@Test
	void explainsTheShortestPathBetweenTwoLongContextPapers() {
		Map<String, Object> path = Api.anonymous(port).document(PATH)
			.variables(Map.of("from", lmInfinite, "to", sirLlm, "maxHops", 4))
			.retrieveSync("path").toEntity(Map.class);

		assertThat((Integer) path.get("length")).isBetween(1, 2);
		List<Map<String, Object>> hops = (List) path.get("hops");
		assertThat(((Map<?, ?>) hops.get(0).get("from")).get("ref")).isEqualTo(lmInfinite);
		assertThat(((Map<?, ?>) hops.get(hops.size() - 1).get("to")).get("ref")).isEqualTo(sirLlm);
		assertThat(hops).allSatisfy(hop -> assertThat((String) hop.get("relation")).isNotBlank());
	}

	@Test
	void answersNullWhenNoPathFitsInTheHopsAllowed() {
		ClientGraphQlResponse response = Api.anonymous(port).document(PATH)
			.variables(Map.of("from", lmInfinite, "to", hInfinity, "maxHops", 1)).executeSync();

		assertThat(response.getErrors()).isEmpty();
		Object path = response.field("path").getValue();
		assertThat(path).isNull();
	}

	@Test
	void refusesMoreThanSixHops() {
		ClientGraphQlResponse response = Api.anonymous(port).document(PATH)
			.variables(Map.of("from", lmInfinite, "to", sirLlm, "maxHops", 7)).executeSync();

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("maxHops");
		});
	}

	@Test
	void drawsACappedDeterministicNeighbourhoodWithTheSeedFirst() {
		Map<String, Object> first = neighbourhood(List.of(lmInfinite), 2, 15);
		Map<String, Object> again = neighbourhood(List.of(lmInfinite), 2, 15);

		List<Map<String, Object>> nodes = (List) first.get("nodes");
		List<Map<String, Object>> edges = (List) first.get("edges");
		assertThat(first).isEqualTo(again);
		assertThat(nodes).hasSizeLessThanOrEqualTo(15);
		assertThat(nodes.get(0)).containsEntry("ref", lmInfinite).containsEntry("id", "graph:" + lmInfinite)
			.containsEntry("kind", "PAPER");
		Set<Object> ids = nodes.stream().map(n -> n.get("ref")).collect(Collectors.toSet());
		assertThat(ids).hasSize(nodes.size());
		assertThat(edges).isNotEmpty().allSatisfy(edge -> {
			assertThat(ids).contains(edge.get("source"), edge.get("target"));
			assertThat((Double) edge.get("weight")).isBetween(0.0, 1.0);
		});
		assertThat(nodes).allSatisfy(node -> assertThat((Double) node.get("weight")).isBetween(0.0, 1.0));
		assertThat(nodes).extracting(node -> node.get("kind")).contains("TOPIC");
	}

	@Test
	void keepsOnlyTheRelationsAsked() {
		Map<String, Object> graph = Api.anonymous(port).document(SUBGRAPH)
			.variables(Map.of("seeds", List.of("topic:infinite-context"), "depth", 1, "limit", 50,
					"relations", List.of("HAS_TOPIC")))
			.retrieveSync("subgraph").toEntity(Map.class);

		List<Map<String, Object>> nodes = (List) graph.get("nodes");
		assertThat(nodes.stream().filter(n -> n.get("kind").equals("PAPER")).count()).isEqualTo(7);
		assertThat((List<Map<String, Object>>) graph.get("edges"))
			.allSatisfy(edge -> assertThat(edge.get("relation")).isEqualTo("HAS_TOPIC"));
	}

	private Map<String, Object> neighbourhood(List<String> seeds, int depth, int limit) {
		return Api.anonymous(port).document(SUBGRAPH)
			.variables(Map.of("seeds", seeds, "depth", depth, "limit", limit))
			.retrieveSync("subgraph").toEntity(Map.class);
	}

}
