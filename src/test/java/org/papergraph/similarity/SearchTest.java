package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Comparator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.papergraph.graph.Embedder;
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
class SearchTest {

	private static final String SEARCH = """
			query Search($q: String!, $mode: SearchMode, $first: Int) {
			  search(query: $q, mode: $mode, first: $first) { score paper { id title } }
			}""";

	private static final List<String> HOSTILE = List.of("title:(", "AND OR NOT", "\"", "\\", "*", "~", "/b testing",
			"(1+1):2", "abstract:[a TO z]", "\"unbalanced", "a AND", "NOT", "?*", "+-&&||!(){}[]^\"~*?:\\/", "OR OR OR",
			"long\u0000context", "长上下文 記憶", "\uD83D\uDE80 memory", "'; DROP (n) //", "$q", "%", "title:", ")", "(",
			"\\\"", "memory^100", "memory~2", "mem*", "/regex/", "", "\u00A0\u200B", "\u3000", "...", "\uFEFF");

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	DeriveWorker worker;

	@Autowired
	SearchService search;

	@Autowired
	Embedder embedder;

	@BeforeEach
	void seed() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
	}

	@Test
	void findsPapersByWordsBeforeTheyHaveEmbeddings() {
		List<SearchHit> hits = search.search("TokenRing", SearchMode.KEYWORD, 5);

		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0).paper().title()).startsWith("TokenRing");
		assertThat(search.search("TokenRing", SearchMode.SEMANTIC, 5)).isEmpty();
		assertThat(search.search("TokenRing", SearchMode.HYBRID, 5).get(0).paper().title()).startsWith("TokenRing");
	}

	@Test
	void findsPapersByMeaningAndFusesBothByDefault() {
		worker.runNow();

		List<Map<String, Object>> semantic = hits("memory for very long inputs", "SEMANTIC", 5);
		List<Map<String, Object>> hybrid = hits("memory for very long inputs", null, 10);

		assertThat(semantic).hasSize(5);
		assertThat(semantic).extracting(SearchTest::title)
			.filteredOn(SeedSimilarityTest.LONG_CONTEXT::contains)
			.hasSizeGreaterThanOrEqualTo(4);
		assertThat(semantic).extracting(h -> ((Number) h.get("score")).doubleValue()).isSortedAccordingTo(
				Comparator.reverseOrder());
		assertThat(hybrid).hasSize(10);
		assertThat(SeedSimilarityTest.LONG_CONTEXT).contains(title(hybrid.get(0)));
	}

	@Test
	void rankingByMeaningIsTheExactRankingEvenAfterManyDeletions() {
		worker.runNow();
		for (int round = 0; round < 3; round++) {
			// Each round leaves the vector index with deleted entries, the state in which approximate search misses.
			TestGraph.clear(driver);
			ingest.ingestText(Fixtures.text(Fixtures.SEED));
			worker.runNow();
		}
		String query = "memory for very long inputs";
		List<Double> vector = new ArrayList<>();
		for (float component : embedder.embed(query)) {
			vector.add((double) component);
		}
		List<String> exact;
		try (var session = driver.session()) {
			exact = session.run("""
					MATCH (p:Paper) WHERE p.embedding IS NOT NULL
					RETURN p.title AS title ORDER BY vector.similarity.cosine(p.embedding, $vector) DESC, p.id LIMIT 5
					""", Map.of("vector", vector)).list(r -> r.get("title").asString());
		}

		assertThat(hits(query, "SEMANTIC", 5)).extracting(SearchTest::title).containsExactlyElementsOf(exact);
	}

	@Test
	void answersHostileQueriesInEveryModeWithoutAnError() {
		worker.runNow();

		for (String query : HOSTILE) {
			for (String mode : List.of("KEYWORD", "SEMANTIC", "HYBRID")) {
				ClientGraphQlResponse response = Api.anonymous(port).document(SEARCH).variable("q", query)
					.variable("mode", mode).variable("first", 5).executeSync();
				assertThat(response.getErrors()).as("%s in %s", query, mode).isEmpty();
			}
		}
	}

	@Test
	void answersRandomStringsWithoutAnError() {
		worker.runNow();
		Random random = new Random(20_240_311);
		String alphabet = "abcXYZ019 \"\\*~?^:()[]{}!&|/-+'%$#@<>=,.;\t\n\u00e9\u00df\u4e2d\u0000ANDORNOT";
		for (int i = 0; i < 150; i++) {
			StringBuilder query = new StringBuilder();
			int length = random.nextInt(40);
			for (int c = 0; c < length; c++) {
				query.append(random.nextInt(8) == 0 ? List.of(" AND ", " OR ", " NOT ", "title:", "\\\"").get(random.nextInt(5))
						: String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
			}
			String text = query.length() > SearchService.MAX_QUERY_CHARS ? query.substring(0, 200) : query.toString();
			SearchMode mode = SearchMode.values()[i % 3];
			assertThat(search.search(text, mode, 10)).as("%s in %s", text, mode).hasSizeLessThanOrEqualTo(10);
		}
	}

	@Test
	void refusesTooLongQueriesAndPageSizesOutOfRange() {
		assertBadRequest(Api.anonymous(port).document(SEARCH).variable("q", "x".repeat(201)).executeSync(), "200");
		assertBadRequest(Api.anonymous(port).document(SEARCH).variable("q", "memory").variable("first", 101)
			.executeSync(), "100");
		assertBadRequest(Api.anonymous(port).document(SEARCH).variable("q", "memory").variable("first", 0)
			.executeSync(), "between 1 and 100");
	}

	private List<Map<String, Object>> hits(String query, String mode, int first) {
		List<Map<String, Object>> hits = new ArrayList<>();
		Api.anonymous(port).document(SEARCH).variable("q", query).variable("mode", mode).variable("first", first)
			.retrieveSync("search").toEntityList(Map.class).forEach(hit -> hits.add((Map<String, Object>) hit));
		return hits;
	}

	private static String title(Map<String, Object> hit) {
		return (String) ((Map<?, ?>) hit.get("paper")).get("title");
	}

	private static void assertBadRequest(ClientGraphQlResponse response, String message) {
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains(message);
		});
	}

}
