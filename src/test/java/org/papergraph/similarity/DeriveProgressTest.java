package org.papergraph.similarity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.papergraph.ingest.IngestService;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A derive run longer than the mutation may wait (half the request timeout) is answered with its progress, not a
 * 408, and goes on; {@code deriveStatus} follows it until it is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"papergraph.data-dir=target/test-db/${random.uuid}", "papergraph.sample-data=false",
		"papergraph.api-key=derive-progress-key", "papergraph.similarity.background=false",
		"papergraph.limits.request-timeout=1s" })
class DeriveProgressTest {

	private static final String REPORT = "embedded embeddingsPending similarLinks mentionLinks clusters running";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Test
	void answersALongRunWithItsProgressAndReportsItWhenDone() throws InterruptedException {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");

		Instant asked = Instant.now();
		Map<String, Object> answer = Api.withKey(port, "derive-progress-key").document("mutation { derive { " + REPORT + " } }")
			.retrieveSync("derive").toEntity(Map.class);

		assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(1));
		Map<String, Object> status = answer;
		Instant deadline = Instant.now().plusSeconds(120);
		while (Boolean.TRUE.equals(status.get("running")) && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			status = Api.anonymous(port).document("{ deriveStatus { " + REPORT + " } }").retrieveSync("deriveStatus")
				.toEntity(Map.class);
		}
		assertThat(answer.get("running")).as("a run of 31 papers, with the model to load, within half a second")
			.isEqualTo(true);
		assertThat(status).containsEntry("running", false).containsEntry("embedded", 31).containsEntry("embeddingsPending", 0);
		assertThat((Integer) status.get("clusters")).isPositive();
		assertThat((Integer) status.get("similarLinks")).isPositive();
	}

}
