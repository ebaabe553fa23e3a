package org.papergraph.papers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.papergraph.ingest.IngestService;
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
 * Nested fields are batched: the number of Cypher statements one request runs does not grow with the page size.
 */
@PapergraphTest
@Import(StatementCounter.class)
class BatchedFieldsTest {

	private static final String PAGE = """
			query PaperPage($first: Int) {
			  papers(first: $first, orderBy: TITLE_ASC) {
			    totalCount
			    edges { cursor node { id title upvotes authors { name } topics { score evidence topic { slug name } }
			      repositories { url stars } keywords sources { kind } } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@BeforeEach
	void sample() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
	}

	@Test
	void runsTheSameNumberOfStatementsForAPageOfTwoAndAPageOfAHundred() {
		int small = statementsFor(2);
		int large = statementsFor(100);

		System.out.printf("statements for a page of 2: %d, of 100: %d%n", small, large);
		assertThat(small).as("the page with its count, and one query per nested field").isEqualTo(6);
		assertThat(large).isEqualTo(small);
	}

	private int statementsFor(int first) {
		StatementCounter.reset();
		ClientGraphQlResponse response = Api.anonymous(port).document(PAGE).variable("first", first).executeSync();
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("papers.edges").toEntityList(Object.class)).hasSize(Math.min(first, 31));
		return StatementCounter.count();
	}

}
