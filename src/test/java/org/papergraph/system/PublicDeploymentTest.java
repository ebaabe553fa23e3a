package org.papergraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.papergraph.graph.PaperIdentity;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.LocalPages;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * papergraph configured as a public deployment would be: the default fetch rules (https to the allowlist only, no
 * private addresses), introspection and GraphiQL off, CORS open to one explorer origin, rate limits on, and a short
 * request timeout so that it can be watched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"papergraph.data-dir=target/test-db/${random.uuid}", "papergraph.sample-data=false",
		"papergraph.api-key=" + PublicDeploymentTest.KEY, "PAPERGRAPH_INTROSPECTION=false", "PAPERGRAPH_GRAPHIQL=false",
		"PAPERGRAPH_CORS_ORIGINS=https://explorer.example", "PAPERGRAPH_RATE_LIMITS=true",
		"papergraph.limits.rate.requests-per-minute=30", "papergraph.limits.request-timeout=4s" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicDeploymentTest {

	static final String KEY = "public-deployment-key";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String LM_INFINITE = "LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	@Order(1)
	void refusesUrlsOfLoopbackTargetsWithoutSendingThemAnything() {
		try (LocalPages pages = new LocalPages()) {
			pages.serve("/papers", LocalPages.Page.html(Fixtures.text("fixtures/hf/daily-listing.html")));
			int local = URI.create(pages.url("/")).getPort();
			for (String url : List.of(pages.url("/papers"), "https://localhost:" + local + "/papers",
					"http://127.0.0.1:" + local + "/papers", "https://127.0.0.1:" + local + "/papers",
					"https://[::1]:" + local + "/papers", "https://2130706433:" + local + "/papers",
					"https://huggingface.co@127.0.0.1:" + local + "/papers")) {
				ClientGraphQlResponse response = Api.withKey(port, KEY)
					.document("mutation($url: String!) { ingest(input: {url: $url}) { papersCreated } }")
					.variable("url", url)
					.executeSync();

				assertThat(response.getErrors()).as(url).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getMessage()).startsWith("Refused");
				});
			}
			assertThat(pages.requests()).isEmpty();
		}
	}

	@Test
	@Order(2)
	void turnsIntrospectionGraphiqlAndTheSchemaPrinterOff() throws Exception {
		ClientGraphQlResponse schema = Api.anonymous(port).document("{ __schema { types { name } } }").executeSync();
		ClientGraphQlResponse type = Api.anonymous(port).document("{ __type(name: \"Paper\") { name } }").executeSync();

		assertThat(schema.getErrors()).isNotEmpty();
		assertThat(schema.getErrors().get(0).getMessage()).containsIgnoringCase("introspection");
		assertThat(type.getErrors()).isNotEmpty();
		assertThat(status(get("/graphiql"))).isEqualTo(404);
		assertThat(status(get("/graphql/schema"))).isEqualTo(404);
		assertThat(Api.anonymous(port).document("{ __typename stats { papers } }").executeSync().getErrors()).isEmpty();
	}

	@Test
	@Order(3)
	void allowsCrossOriginCallsFromTheConfiguredExplorerOriginOnly() throws Exception {
		HttpResponse<String> explorer = HTTP.send(preflight("https://explorer.example"), BodyHandlers.ofString());
		HttpResponse<String> other = HTTP.send(preflight("https://evil.example"), BodyHandlers.ofString());

		assertThat(explorer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://explorer.example");
		assertThat(explorer.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	@Order(4)
	void endsAnIngestAtItsRequestsTimeWithNothingWrittenAndAnswersAThirdConcurrentIngestWith429() throws Exception {
		TestGraph.clear(driver);
		String seed = Fixtures.text(Fixtures.SEED);
		String listing = Fixtures.text("fixtures/hf/daily-listing.html");
		try (Session session = driver.session(); Transaction lock = session.beginTransaction()) {
			// An uncommitted paper with LM-Infinite's title key: both ingests below wait for it to commit or roll back.
			lock.run("CREATE (:Paper {id: 'lock', titleKey: $key})", Map.of("key", PaperIdentity.titleKey(LM_INFINITE)))
				.consume();
			Instant started = Instant.now();
			CompletableFuture<HttpResponse<String>> first = ingestAsync(Map.of("text", seed));
			CompletableFuture<HttpResponse<String>> second = ingestAsync(Map.of("html", listing, "sourceUrl",
					"https://huggingface.co/papers/date/2024-03-11"));
			awaitWaitingIngests(2);

			HttpResponse<String> third = ingestAsync(Map.of("text", "one more")).get();

			assertThat(third.statusCode()).isEqualTo(429);
			assertThat(third.headers().firstValue("Retry-After")).hasValue("1");
			// Each write ends at its deadline, just before the request timeout: the answer is the ingest's own TIMEOUT
			// error, or the 408 when the answer would come later still.
			assertThat(List.of(first.get(), second.get())).allSatisfy(response -> assertThat(
					response.statusCode() == 408 || response.body().contains("\"classification\":\"TIMEOUT\""))
				.as("%d %s", response.statusCode(), response.body()).isTrue());
			assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
			lock.rollback();
		}
		// The timed-out ingests were stopped and gave their places back.
		HttpResponse<String> later = ingestAsync(Map.of("text", "just one line")).get();
		for (int tries = 0; later.statusCode() == 429 && tries < 20; tries++) {
			Thread.sleep(250);
			later = ingestAsync(Map.of("text", "just one line")).get();
		}
		assertThat(later.statusCode()).isEqualTo(200);
		assertThat(later.body()).contains("No papers found");
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).as("nothing half-written").isZero();
	}

	@Test
	@Order(5)
	void answersAClientOverItsRequestBudgetWith429AndRetryAfter() throws Exception {
		HttpResponse<String> response = null;
		int sent = 0;
		while (sent < 40) {
			response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.POST(BodyPublishers.ofString("{\"query\":\"{ stats { papers } }\"}"))
				.header("Content-Type", "application/json")
				.build(), BodyHandlers.ofString());
			sent++;
			if (response.statusCode() == 429) {
				break;
			}
			assertThat(response.statusCode()).isEqualTo(200);
		}

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(sent).isLessThanOrEqualTo(31);
		assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
	}

	private void awaitWaitingIngests(int count) throws InterruptedException {
		Instant end = Instant.now().plusSeconds(15);
		while (Instant.now().isBefore(end)) {
			long running = TestGraph.count(driver,
					"SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'papergraph-ingest' RETURN count(*)");
			if (running >= count) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The ingests did not start");
	}

	private CompletableFuture<HttpResponse<String>> ingestAsync(Map<String, String> input) {
		String body = JsonMapper.builder().build().writeValueAsString(Map.of("query",
				"mutation($input: IngestInput!) { ingest(input: $input) { papersCreated } }", "variables",
				Map.of("input", input)));
		return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.POST(BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + KEY)
			.build(), BodyHandlers.ofString());
	}

	private HttpRequest preflight(String origin) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.method("OPTIONS", BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type, authorization")
			.build();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
	}

	private static int status(HttpRequest request) throws Exception {
		return HTTP.send(request, BodyHandlers.discarding()).statusCode();
	}

}
