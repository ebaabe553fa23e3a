package org.papergraph.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PackagedJar;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started as a server the way the README starts it, on an empty data directory: readiness waits for
 * the whole sample, the start prints one banner and no warning, the generated key is kept across restarts, and the
 * sample read again writes nothing.
 */
class PackagedServiceIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FIRST_ANSWER = """
			{"query":"{ stats { papers authors repositories clusters } paper(id: \\"2308.16137\\") { id arxivId publishedAt authors { name } repositories { url } cluster { id } } }"}""";

	@TempDir
	Path folder;

	@Test
	void firstStartIsReadyOnlyWithTheWholeSampleAndSaysWhereEverythingIs() throws IOException {
		Path data = folder.resolve("data");
		String key;
		try (PackagedJar.Server server = PackagedJar.serve(data, Map.of()).awaitReady()) {
			JsonNode first = JSON.readTree(server.graphql(FIRST_ANSWER, null).body()).path("data");

			assertThat(first.at("/stats/papers").asInt()).isEqualTo(28);
			assertThat(first.at("/stats/authors").asInt()).isGreaterThan(100);
			assertThat(first.at("/stats/repositories").asInt()).isGreaterThanOrEqualTo(10);
			assertThat(first.at("/stats/clusters").asInt()).isPositive();
			assertThat(first.at("/paper/id").asText()).isEqualTo("2308.16137");
			assertThat(first.at("/paper/publishedAt").asText()).isEqualTo("2023-08-30");
			assertThat(first.at("/paper/authors/0/name").asText()).isEqualTo("Chi Han");
			assertThat(first.at("/paper/repositories/0/url").asText()).isEqualTo("https://github.com/Glaciohound/LM-Infinite");
			assertThat(first.at("/paper/cluster/id").isMissingNode()).isFalse();

			String log = server.output();
			key = Files.readString(data.resolve("api-key"), UTF_8).strip();
			assertThat(log).contains("papergraph is ready with 28 papers")
				.contains("explorer  http://localhost:" + server.port() + "/")
				.contains("GraphiQL  http://localhost:" + server.port() + "/graphiql")
				.contains("API key   " + key + " (generated now, kept in " + data.toAbsolutePath().normalize().resolve("api-key"));
			assertThat(log).doesNotContain(" WARN ").doesNotContain(" ERROR ").doesNotContain("SLF4J")
				.doesNotContain("taxonomy changed").doesNotContain("GPU").doesNotContain("Bean Validation");
			assertThat(log.lines().count()).isLessThanOrEqualTo(12);

			String text = JSON.writeValueAsString(Map.of("query",
					"mutation($t: String!) { ingest(input: {text: $t}) { papersCreated papersUpdated papersUnchanged } }",
					"variables", Map.of("t", Fixtures.text(Fixtures.SEED))));
			JsonNode again = JSON.readTree(server.graphql(text, key).body()).at("/data/ingest");
			assertThat(again.path("papersCreated").asInt()).isZero();
			assertThat(again.path("papersUpdated").asInt()).isZero();
			assertThat(again.path("papersUnchanged").asInt()).isEqualTo(28);
		}
		try (PackagedJar.Server again = PackagedJar.serve(data, Map.of()).awaitReady()) {
			assertThat(Files.readString(data.resolve("api-key"), UTF_8).strip()).isEqualTo(key);
			assertThat(again.output()).contains("API key   kept in " + data.toAbsolutePath().normalize().resolve("api-key"))
				.doesNotContain(key).doesNotContain(" WARN ");
			HttpResponse<String> stats = again.graphql("{\"query\":\"{ stats { papers } }\"}", null);
			assertThat(stats.body()).contains("\"papers\":28");
		}
	}

}
