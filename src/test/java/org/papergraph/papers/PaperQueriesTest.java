package org.papergraph.papers;

import java.util.ArrayList;
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

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperQueriesTest {

	private static final String PAGE = """
			query Page($first: Int, $after: String, $filter: PaperFilter, $orderBy: PaperOrder) {
			  papers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
			    totalCount edges { cursor node { id title upvotes publishedAt } } pageInfo { hasNextPage endCursor }
			  }
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
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		ingest.ingestHtml(Fixtures.text("fixtures/hf/weekly-listing.html"), "https://huggingface.co/papers/week/2024-W11");
	}

	@Test
	void walksEveryPaperExactlyOnceWithCursors() {
		for (String order : List.of("PUBLISHED_DESC", "PUBLISHED_ASC", "UPVOTES_DESC", "TITLE_ASC")) {
			List<String> seen = new ArrayList<>();
			String after = null;
			boolean more = true;
			while (more) {
				Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 7, "orderBy", order));
				if (after != null) {
					variables.put("after", after);
				}
				ClientGraphQlResponse page = Api.anonymous(port).document(PAGE).variables(variables).executeSync();
				page.field("papers.edges").toEntityList(Map.class)
					.forEach(edge -> seen.add((String) ((Map<?, ?>) edge.get("node")).get("id")));
				more = page.field("papers.pageInfo.hasNextPage").toEntity(Boolean.class);
				after = page.field("papers.pageInfo.endCursor").toEntity(String.class);
			}
			assertThat(seen).as(order).hasSize(31).doesNotHaveDuplicates();
		}
	}

	@Test
	void filtersByTopicKeywordAuthorCodeStarsDatesAndText() {
		// The seed's seven long-context papers and one from the daily listing.
		assertThat(total(Map.of("topic", "infinite-context"))).isEqualTo(8);
		assertThat(total(Map.of("topic", "large-language-models"))).isGreaterThan(8);
		assertThat(total(Map.of("hasCode", true))).isEqualTo(9);
		assertThat(total(Map.of("minStars", 400))).isEqualTo(2);
		assertThat(total(Map.of("author", "Chi Han"))).isEqualTo(1);
		assertThat(total(Map.of("keyword", "Length-Generalizations"))).isEqualTo(1);
		assertThat(total(Map.of("publishedAfter", "2024-01-01"))).isEqualTo(4);
		// Infinite-LLM (January) and DeepSeekMath (February).
		assertThat(total(Map.of("publishedAfter", "2024-01-01", "publishedBefore", "2024-02-29"))).isEqualTo(2);
		assertThat(total(Map.of("query", "KV cache"))).isGreaterThanOrEqualTo(2);
		// Lucene syntax in the text is neutralized: the words are searched as words, never as operators.
		assertThat(total(Map.of("query", "title:( AND OR NOT \" \\ *"))).isBetween(0, 31);
	}

	@Test
	void findsAPaperByItsIdAndByArxivIdAnyVersionAndItsIdNeverChanges() {
		String titleId = PaperIdentity.titleId("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models");
		for (String id : List.of("2308.16137", "2308.16137v4", titleId)) {
			assertThat(Api.anonymous(port).document("query($id: ID!) { paper(id: $id) { id } }")
				.variable("id", id).retrieveSync("paper.id").toEntity(String.class)).as(id).isEqualTo(titleId);
			assertThat(Api.anonymous(port).document("query($id: ID!) { node(id: $id) { id } }")
				.variable("id", id).retrieveSync("node.id").toEntity(String.class)).as(id).isEqualTo(titleId);
		}
		assertThat(Api.anonymous(port).document("{ node(id: \"topic:infinite-context\") { id ... on Topic { name } } }")
			.retrieveSync("node.id").toEntity(String.class)).isEqualTo("topic:infinite-context");
	}

	@Test
	void refusesPagesLargerThanAHundredWithAClearError() {
		ClientGraphQlResponse response = Api.anonymous(port).document(PAGE).variable("first", 101).executeSync();

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("between 1 and 100").doesNotContain("Exception");
		});
	}

	@Test
	void servesAuthorsWithPapersAndCoauthors() {
		Map<String, Object> author = Api.anonymous(port)
			.document("{ author(name: \"Chi Han\") { id name papers { id } coauthors(first: 3) { author { name } papers } } }")
			.retrieveSync("author").toEntity(Map.class);

		assertThat(author).containsEntry("id", "author:chi han");
		assertThat(author.get("papers").toString())
			.contains(PaperIdentity.titleId("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models"));
		assertThat((List<?>) author.get("coauthors")).hasSize(3);
	}

	private int total(Map<String, Object> filter) {
		return Api.anonymous(port).document(PAGE).variables(Map.of("filter", filter, "first", 100))
			.retrieveSync("papers.totalCount").toEntity(Integer.class);
	}

}
