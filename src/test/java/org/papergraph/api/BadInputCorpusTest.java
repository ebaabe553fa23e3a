package org.papergraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The malformed inputs of {@code bad-input/}, each sent over HTTP the way its name says ({@code text-}, {@code atom-}
 * and {@code html-} files as ingest input, {@code graphql-} files as the document, {@code body-} files as the raw
 * request body), each answered with the status, classification and message its line in {@code manifest.tsv} gives;
 * none is a server error, none leaks a trace, and none writes a paper.
 */
@PapergraphTest
class BadInputCorpusTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	/** One line of the manifest. */
	record Case(String file, boolean withKey, int status, String classification, String message) {

		@Override
		public String toString() {
			return file;
		}

	}

	static Stream<Case> corpus() {
		return Fixtures.text("bad-input/manifest.tsv").lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t", -1))
			.map(cells -> new Case(cells[0], cells[1].equals("key"), Integer.parseInt(cells[2]), cells[3], cells[4]));
	}

	@BeforeAll
	static void emptyGraph(@Autowired Driver driver) {
		TestGraph.clear(driver);
	}

	@AfterAll
	static void wroteNoPaper(@Autowired Driver driver) {
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void answersEachMalformedInputWithItsClearError(Case input) throws Exception {
		HttpResponse<String> response = HTTP.send(request(input), BodyHandlers.ofString());

		assertThat(response.body()).doesNotContain("\tat ", "\\tat ", "Exception", "org.neo4j", "org.springframework");
		assertThat(response.statusCode()).as("status, body %s", response.body()).isEqualTo(input.status());
		if (input.classification().equals("NONE")) {
			JsonNode answer = JSON.readTree(response.body());
			assertThat(answer.path("errors").isMissingNode()).as(response.body()).isTrue();
			assertThat(answer.path("data").path("ingest").path("papersCreated").asInt(-1)).isZero();
			assertThat(answer.path("data").path("ingest").path("warnings").valueStream().map(JsonNode::asString))
				.as(response.body()).anySatisfy(warning -> assertThat(warning).contains(input.message()));
		}
		else if (!input.classification().equals("-")) {
			JsonNode errors = JSON.readTree(response.body()).path("errors");
			assertThat(errors.isArray() && !errors.isEmpty()).as("errors in %s", response.body()).isTrue();
			assertThat(errors.valueStream().toList()).as(response.body()).anySatisfy(error -> {
				assertThat(error.path("extensions").path("classification").asString()).isEqualTo(input.classification());
				assertThat(error.path("message").asString()).contains(input.message());
			});
		}
	}

	private HttpRequest request(Case input) {
		byte[] content = bytes("bad-input/" + input.file());
		String text = new String(content, UTF_8);
		byte[] body = switch (input.file().substring(0, input.file().indexOf('-'))) {
			case "text", "atom" -> json(Map.of("query", "mutation($s: String!) { ingest(input: {text: $s}) { papersCreated warnings } }",
					"variables", Map.of("s", text)));
			case "html" -> json(Map.of("query", "mutation($s: String!) { ingest(input: {html: $s, sourceUrl: "
					+ "\"https://huggingface.co/papers/date/2024-03-11\"}) { papersCreated warnings } }", "variables", Map.of("s", text)));
			case "graphql" -> json(Map.of("query", text));
			case "body" -> content;
			default -> throw new IllegalArgumentException("Unknown kind of input: " + input.file());
		};
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofByteArray(body));
		if (input.withKey()) {
			builder.header("Authorization", "Bearer " + PapergraphTest.API_KEY);
		}
		return builder.build();
	}

	private static byte[] json(Map<String, Object> value) {
		return JSON.writeValueAsBytes(value);
	}

	private static byte[] bytes(String path) {
		try {
			return new ClassPathResource(path).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
