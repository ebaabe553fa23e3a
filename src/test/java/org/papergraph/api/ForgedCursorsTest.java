package org.papergraph.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.papergraph.ingest.IngestService;
import org.papergraph.similarity.DeriveWorker;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection answers a forged cursor (big integers, values of the wrong type, too few or too many values, a
 * cursor of another list or order, text that is not a cursor at all) with a {@code BAD_REQUEST} that says what to do,
 * never an internal error; and its own cursors still page.
 */
@PapergraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgedCursorsTest {

	/** Each connection, by a name, with the document that pages it after {@code $after}. */
	private static final Map<String, String> CONNECTIONS = Map.of(
			"papers PUBLISHED_DESC", "query($after: String) { list: papers(first: 2, after: $after) { edges { cursor } } }",
			"papers UPVOTES_DESC", "query($after: String) { list: papers(first: 2, after: $after, orderBy: UPVOTES_DESC) { edges { cursor } } }",
			"papers TITLE_ASC", "query($after: String) { list: papers(first: 2, after: $after, orderBy: TITLE_ASC) { edges { cursor } } }",
			"topic papers", "query($after: String) { topic(slug: \"infinite-context\") { list: papers(first: 2, after: $after) { edges { cursor } } } }",
			"repositories STARS_DESC", "query($after: String) { list: repositories(first: 2, after: $after) { edges { cursor } } }",
			"repositories KEY_ASC", "query($after: String) { list: repositories(first: 2, after: $after, orderBy: KEY_ASC) { edges { cursor } } }",
			"cluster papers", "query($after: String) { clusters(first: 1) { list: papers(first: 2, after: $after) { edges { cursor } } } }");

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	DeriveWorker derive;

	@BeforeAll
	void sample() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		derive.runNow();
	}

	@Test
	void everyConnectionRefusesEveryForgedCursorAsABadRequest() {
		List<String> ownCursors = new ArrayList<>();
		CONNECTIONS.forEach((name, document) -> ownCursors.add(firstCursor(document)));
		List<String> forged = new ArrayList<>(List.of(
				cursor("[12345678901234567890123456789012345678901, \"x\"]"),
				cursor("[\"papers:PUBLISHED_DESC\", 12345678901234567890123456789012345678901, \"x\"]"),
				cursor("[\"papers:UPVOTES_DESC\", 12345678901234567890123456789012345678901, \"x\"]"),
				cursor("[\"repositories:STARS_DESC\", 1e400, \"x\"]"),
				cursor("[\"cluster-papers\", 123456789012345678901234567890.5e300, \"x\"]"),
				cursor("[\"papers:UPVOTES_DESC\", \"many\", \"x\"]"),
				cursor("[\"papers:PUBLISHED_DESC\", {\"a\": 1}, [\"x\"]]"),
				cursor("[\"papers:PUBLISHED_DESC\", \"2024-01-01\"]"),
				cursor("[\"papers:PUBLISHED_DESC\", \"2024-01-01\", \"x\", \"y\"]"),
				cursor("[]"), cursor("{}"), cursor("null"), cursor("\"x\""), cursor("[null, null, null]"),
				"not a cursor", "%%%", "", "W3siYSI6", "x".repeat(5000)));
		for (Map.Entry<String, String> connection : CONNECTIONS.entrySet()) {
			List<String> cursors = new ArrayList<>(forged);
			// Cursors of the other lists and orders.
			ownCursors.stream().filter(c -> !c.equals(firstCursor(connection.getValue()))).forEach(cursors::add);
			for (String cursor : cursors) {
				ClientGraphQlResponse response = Api.anonymous(port).document(connection.getValue())
					.variable("after", cursor).executeSync();
				assertThat(response.getErrors()).as("%s after %s", connection.getKey(), cursor).isNotEmpty()
					.allSatisfy(error -> {
						assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
						assertThat(error.getMessage()).contains("endCursor");
					});
			}
		}
	}

	@Test
	void everyConnectionPagesOnWithItsOwnCursors() {
		CONNECTIONS.forEach((name, document) -> {
			ClientGraphQlResponse response = Api.anonymous(port).document(document)
				.variable("after", firstCursor(document)).executeSync();
			assertThat(response.getErrors()).as(name).isEmpty();
		});
	}

	private String firstCursor(String document) {
		ClientGraphQlResponse first = Api.anonymous(port).document(document).executeSync();
		assertThat(first.getErrors()).isEmpty();
		String path = document.contains("topic(") ? "topic.list" : document.contains("clusters(") ? "clusters[0].list" : "list";
		return first.field(path + ".edges[0].cursor").toEntity(String.class);
	}

	private static String cursor(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
