package org.papergraph.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unexpected failure reaches the client as {@code INTERNAL_ERROR} with only an execution id, and the server log
 * holds the same id with the details.
 */
@PapergraphTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorMaskingTest {

	private static final Pattern EXECUTION_ID = Pattern.compile("INTERNAL_ERROR for ([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void masksAnUnexpectedDatabaseFailureAndLogsItUnderTheSameExecutionId(CapturedOutput output) {
		TestGraph.clear(driver);
		try (Session session = driver.session()) {
			// A constraint the daily listing's third paper breaks: the write fails in a way no code expects.
			session.run("CREATE CONSTRAINT test_mask IF NOT EXISTS FOR (p:Paper) REQUIRE p.organization IS UNIQUE").consume();
			session.run("CREATE (:Paper {id: 'mask', titleKey: 'mask', organization: 'Stability AI'})").consume();
		}
		String body;
		try {
			body = RestClient.create("http://127.0.0.1:" + port).post().uri("/graphql")
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + PapergraphTest.API_KEY)
				.body(java.util.Map.of("query", "mutation($html: String!) { ingest(input: {html: $html, "
						+ "sourceUrl: \"https://huggingface.co/papers/date/2024-03-11\"}) { papersCreated } }",
						"variables", java.util.Map.of("html", Fixtures.text("fixtures/hf/daily-listing.html"))))
				.retrieve()
				.body(String.class);
		}
		finally {
			try (Session session = driver.session()) {
				session.run("DROP CONSTRAINT test_mask IF EXISTS").consume();
			}
			TestGraph.clear(driver);
		}

		assertThat(body).contains("\"classification\":\"INTERNAL_ERROR\"")
			.doesNotContain("org.neo4j", "Exception", "Constraint", "organization", "Stability", "MATCH ", "\\tat ",
					"127.0.0.1", "bolt");
		Matcher id = EXECUTION_ID.matcher(body);
		assertThat(id.find()).as("an execution id in %s", body).isTrue();
		assertThat(output.getAll()).contains("Unresolved ClientException for executionId " + id.group(1))
			.contains("already exists with label `Paper`");
	}

}
