package org.papergraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.papergraph.bench.SyntheticCorpus;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingest that cannot be written within its request's time has written nothing: its transaction ends, and is
 * rolled back, before the request is answered, whether the answer is the 408 or the ingest's own error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"papergraph.data-dir=target/test-db/${random.uuid}", "papergraph.sample-data=false",
		"papergraph.api-key=deadline-test-key", "papergraph.similarity.background=false",
		"papergraph.limits.request-timeout=700ms" })
class IngestDeadlineTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@TempDir
	Path folder;

	@Test
	void aPageTooLargeForTheRequestsTimeLeavesTheGraphAsItWas() throws IOException, InterruptedException {
		TestGraph.clear(driver);
		List<Path> pages = new SyntheticCorpus(17, 1_200).writePages(folder);
		String page = Files.readString(pages.get(0), UTF_8);
		String body = JsonMapper.builder().build().writeValueAsString(Map.of(
				"query", "mutation($html: String!) { ingest(input: {html: $html, sourceUrl: "
						+ "\"https://huggingface.co/papers/date/2024-03-11\"}) { papersCreated } }",
				"variables", Map.of("html", page)));

		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer deadline-test-key")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		// Long enough for a write that went on after its request to have committed.
		Thread.sleep(5_000);

		assertThat(response.statusCode() == 408 || response.body().contains("\"errors\""))
			.as("%d %s", response.statusCode(), response.body()).isTrue();
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isZero();
		assertThat(TestGraph.count(driver, "MATCH (a:Author) RETURN count(a)")).isZero();
	}

}
