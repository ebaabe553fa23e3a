package org.papergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.LocalPages;
import org.papergraph.testsupport.LocalPages.Page;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class IngestMutationTest {

	private static final String INGEST_TEXT = """
			mutation IngestText($text: String!) {
			  ingest(input: { text: $text }) { papersCreated papersUpdated papersUnchanged repositoriesLinked warnings }
			}""";

	private static final String INGEST_HTML = """
			mutation IngestHtml($html: String!, $sourceUrl: String!) {
			  ingest(input: { html: $html, sourceUrl: $sourceUrl }) { papersCreated papersUpdated papersUnchanged repositoriesLinked warnings }
			}""";

	private static final String INGEST_URL = """
			mutation IngestUrl($url: String!) {
			  ingest(input: { url: $url }) { papersCreated papersUpdated papersUnchanged repositoriesLinked warnings }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	LocalPages pages;

	@BeforeEach
	void setUp() {
		TestGraph.clear(driver);
		pages = new LocalPages();
	}

	@AfterEach
	void tearDown() {
		pages.close();
	}

	@Test
	void refusesIngestWithoutAKeyAsUnauthorized() {
		ClientGraphQlResponse response = Api.anonymous(port).document(INGEST_TEXT)
			.variable("text", Fixtures.text(Fixtures.SEED)).executeSync();

		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isZero();
	}

	@Test
	void refusesIngestWithAWrongKeyAsForbiddenEvenBehindAnAlias() {
		ClientGraphQlResponse response = Api.withKey(port, "wrong").document("""
				mutation { hidden: ingest(input: { text: "x" }) { papersCreated } }""").executeSync();

		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

	@Test
	void ingestsTheSeedTextWithTheKey() {
		Map<String, Object> report = client().document(INGEST_TEXT).variable("text", Fixtures.text(Fixtures.SEED))
			.retrieveSync("ingest").toEntity(Map.class);

		assertThat(report).containsEntry("papersCreated", 28).containsEntry("repositoriesLinked", 6);
		assertThat(client().document(INGEST_TEXT).variable("text", Fixtures.text(Fixtures.SEED))
			.retrieveSync("ingest.papersUnchanged").toEntity(Integer.class)).isEqualTo(28);
	}

	@Test
	void ingestsHtmlWithItsSourceUrl() {
		Map<String, Object> report = client().document(INGEST_HTML)
			.variable("html", Fixtures.text("fixtures/hf/daily-listing.html"))
			.variable("sourceUrl", "https://huggingface.co/papers/date/2024-03-11")
			.retrieveSync("ingest").toEntity(Map.class);

		assertThat(report).containsEntry("papersCreated", 5);
		assertThat(TestGraph.count(driver,
				"MATCH (:Paper)-[:FROM_SOURCE]->(s:Source {location: 'https://huggingface.co/papers/date/2024-03-11'}) RETURN count(*)"))
			.isEqualTo(5);
	}

	@Test
	void answersBadInputWithAClearBadRequestAndWritesNothing() {
		assertBadRequest(client().document("mutation { ingest(input: { text: \"a\", url: \"2308.16137\" }) { papersCreated } }")
			.executeSync(), "exactly one");
		assertBadRequest(client().document("mutation { ingest(input: { html: \"<html></html>\" }) { papersCreated } }")
			.executeSync(), "sourceUrl");
		assertBadRequest(client().document(INGEST_TEXT).variable("text", "just one line").executeSync(), "No papers");
		assertBadRequest(client().document(INGEST_TEXT).variable("text", "\u0000\u0001\u0002binary\u0000").executeSync(),
				"binary");
		assertBadRequest(client().document(INGEST_HTML).variable("html", Fixtures.text("fixtures/hf/bad-json.html"))
			.variable("sourceUrl", "https://huggingface.co/papers").executeSync(), "not valid JSON");
		assertThat(TestGraph.count(driver,
				"MATCH (n) WHERE NOT (n:SchemaMigration OR n:Topic OR n:TaxonomyVersion) RETURN count(n)")).isZero();
	}

	@Test
	void fetchesAnAllowedUrlAndFollowsARedirectInsideTheAllowlist() {
		pages.serve("/papers/date/2024-03-11", Page.html(Fixtures.text("fixtures/hf/daily-listing.html")));
		pages.serve("/papers", new Page(302, null, new byte[0], Map.of("Location", "/papers/date/2024-03-11")));

		Integer created = client().document(INGEST_URL).variable("url", pages.url("/papers"))
			.retrieveSync("ingest.papersCreated").toEntity(Integer.class);

		assertThat(created).isEqualTo(5);
		assertThat(pages.requests()).containsExactly("/papers", "/papers/date/2024-03-11");
	}

	@Test
	void refusesARedirectToAHostOutsideTheAllowlist() {
		pages.serve("/papers", new Page(302, null, new byte[0], Map.of("Location", "http://169.254.169.254/latest/meta-data/")));

		assertBadRequest(client().document(INGEST_URL).variable("url", pages.url("/papers")).executeSync(), "Refused");
	}

	@Test
	void failsLoudlyOnAPageOverTheSizeCapInsteadOfTruncatingIt() {
		String huge = Fixtures.text("fixtures/hf/daily-listing.html") + "<!--" + "x".repeat(1_100_000) + "-->";
		pages.serve("/papers/huge", Page.html(huge));

		assertBadRequest(client().document(INGEST_URL).variable("url", pages.url("/papers/huge")).executeSync(), "limit");
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isZero();
	}

	@Test
	void refusesAPageThatIsNotTextOrInAWrongCharset() {
		pages.serve("/paper.pdf", new Page(200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), Map.of()));
		pages.serve("/latin1", new Page(200, "text/html; charset=utf-8",
				"<html><body>Caf\u00e9</body></html>".getBytes(StandardCharsets.ISO_8859_1), Map.of()));

		assertBadRequest(client().document(INGEST_URL).variable("url", pages.url("/paper.pdf")).executeSync(),
				"application/pdf");
		assertBadRequest(client().document(INGEST_URL).variable("url", pages.url("/latin1")).executeSync(), "UTF-8");
	}

	@Test
	void reportsAMissingPageAsNotFound() {
		ClientGraphQlResponse response = client().document(INGEST_URL).variable("url", pages.url("/papers/0000.00000"))
			.executeSync();

		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND"));
	}

	private HttpSyncGraphQlClient client() {
		return Api.withKey(port, PapergraphTest.API_KEY);
	}

	private static void assertBadRequest(ClientGraphQlResponse response, String messagePart) {
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains(messagePart).doesNotContain("Exception", "\tat ");
		});
	}

}
