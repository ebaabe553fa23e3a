package org.papergraph.explorer;

import java.util.ArrayList;
import java.util.HashMap;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a normalized client cache (Apollo's {@code InMemoryCache}, Relay's store) relies on: an object with an id has
 * the same field values whichever query reached it, and no id value names objects of two types.
 */
@PapergraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NormalizedCacheSafetyTest {

	private static final String VIEWS = """
			query Views($a: [ID!]!, $b: [ID!]!, $from: ID!, $to: ID!) {
			  a: subgraph(seeds: $a, depth: 2, limit: 60) { nodes { __typename id ref kind label weight } }
			  b: subgraph(seeds: $b, depth: 1, limit: 25) { nodes { __typename id ref kind label weight } }
			  path(from: $from, to: $to, maxHops: 4) {
			    hops { from { __typename id ref kind label weight } to { __typename id ref kind label weight } }
			  }
			  papers(first: 30) { edges { node { __typename id title } } }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@BeforeAll
	void sample() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
	}

	@Test
	void sharedGraphNodesAnswerTheSameFieldsInOverlappingNeighbourhoodsAndNoIdNamesTwoTypes() {
		String lmInfinite = PaperIdentity.titleId("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models");
		String sirLlm = PaperIdentity.titleId("SirLLM: Streaming Infinite Retentive LLM");
		Map<String, Object> data = Api.anonymous(port).document(VIEWS)
			.variables(Map.of("a", List.of(lmInfinite), "b", List.of(sirLlm), "from", lmInfinite, "to", sirLlm))
			.executeSync()
			.toMap();
		List<Map<String, Object>> objects = new ArrayList<>();
		collect(data.get("data"), objects);
		Map<String, Map<String, Object>> byId = new HashMap<>();
		Map<String, Integer> sharedIds = new HashMap<>();
		for (Map<String, Object> object : objects) {
			if (!object.containsKey("id") || !object.containsKey("__typename")) {
				continue;
			}
			String id = (String) object.get("id");
			Map<String, Object> seen = byId.putIfAbsent(id, object);
			if (seen != null) {
				assertThat(seen.get("__typename")).as("the types id %s names", id).isEqualTo(object.get("__typename"));
				for (String field : object.keySet()) {
					if (seen.containsKey(field)) {
						assertThat(object.get(field)).as("%s of %s", field, id).isEqualTo(seen.get(field));
					}
				}
				sharedIds.merge(id, 1, Integer::sum);
			}
		}
		assertThat(sharedIds).as("graph nodes both neighbourhoods and the path hold").isNotEmpty();
		assertThat(byId.values()).filteredOn(o -> o.get("__typename").equals("GraphNode"))
			.allSatisfy(node -> assertThat((String) node.get("id")).isEqualTo("graph:" + node.get("ref")));
	}

	@Test
	void aGraphNodeIdIsAcceptedWhereverAGlobalIdIs() {
		String lmInfinite = PaperIdentity.titleId("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models");

		Map<String, Object> data = Api.anonymous(port).document("""
				query($id: ID!) { node(id: $id) { id } paper(id: $id) { id } subgraph(seeds: [$id], depth: 0) { nodes { ref } } }""")
			.variables(Map.of("id", "graph:" + lmInfinite))
			.executeSync()
			.toMap();

		assertThat(data.get("data").toString()).contains("node={id=" + lmInfinite + "}", "paper={id=" + lmInfinite + "}",
				"nodes=[{ref=" + lmInfinite + "}]");
	}

	@SuppressWarnings("unchecked")
	private static void collect(Object value, List<Map<String, Object>> objects) {
		if (value instanceof Map<?, ?> map) {
			objects.add((Map<String, Object>) map);
			map.values().forEach(child -> collect(child, objects));
		}
		else if (value instanceof List<?> list) {
			list.forEach(child -> collect(child, objects));
		}
	}

}
