package org.papergraph.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The taxonomy is a file: after it changes, the {@code reassignTopics} mutation (API key required) brings topics and
 * every paper's assignments in line, without re-ingesting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "papergraph.api-key=taxonomy-test")
class TaxonomyChangeTest {

	@TempDir
	static Path folder;

	static Path file;

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@DynamicPropertySource
	static void taxonomyFile(DynamicPropertyRegistry registry) {
		file = folder.resolve("topics.yaml");
		write(Fixtures.text("taxonomy/topics.yaml"));
		registry.add("papergraph.taxonomy", () -> "file:" + file);
		registry.add("papergraph.data-dir", () -> folder.resolve("db").toString());
	}

	@Test
	void reassignsEveryPaperAfterTheTaxonomyFileChanges() {
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).as("the sample is loaded").isEqualTo(28);
		assertThat(TestGraph.count(driver, "MATCH (:Topic {slug: 'streaming-llms'}) RETURN count(*)")).isZero();
		write(Fixtures.text("taxonomy/topics.yaml") + """
				- slug: streaming-llms
				  name: Streaming Language Models
				  description: Language models that read unbounded streams of text with bounded memory.
				  phrases:
				    - streaming
				    - retentive
				""");

		ClientGraphQlResponse refused = Api.anonymous(port).document("mutation { reassignTopics { papers } }").executeSync();
		Map<String, Object> report = Api.withKey(port, "taxonomy-test")
			.document("mutation { reassignTopics { papers assignments keywords topics } }")
			.retrieveSync("reassignTopics").toEntity(Map.class);

		assertThat(refused.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
		assertThat(report).containsEntry("papers", 28);
		assertThat((Integer) report.get("topics")).isGreaterThan(40);
		List<String> titles = Api.anonymous(port)
			.document("{ topic(slug: \"streaming-llms\") { papers(first: 10) { edges { node { title } } } } }")
			.retrieveSync("topic.papers.edges").toEntityList(Map.class).stream()
			.map(edge -> (String) ((Map<?, ?>) edge.get("node")).get("title")).toList();
		assertThat(titles).contains("SirLLM: Streaming Infinite Retentive LLM");
	}

	private static void write(String text) {
		try {
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
