package org.papergraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.language.OperationDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.PapergraphApplication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class BenchCommandTest {

	@TempDir
	Path out;

	@Test
	void runsTheIngestBenchmarkOnAFreshDatabaseAndWritesJsonAndMarkdown() throws IOException {
		Run run = run("bench", "--size=300", "--seed=3", "--only=ingest", "--out=" + out);

		assertThat(run.status()).as(run.output()).isZero();
		JsonNode results = JsonMapper.builder().build().readTree(out.resolve("results.json").toFile());
		assertThat(results.path("run").path("size").asInt()).isEqualTo(300);
		assertThat(results.path("run").path("seed").asLong()).isEqualTo(3);
		assertThat(results.path("machine").path("cores").asInt()).isPositive();
		assertThat(results.path("machine").path("neo4j").asString()).startsWith("5.26");
		assertThat(results.path("errors").isEmpty()).isTrue();
		JsonNode throughput = results.path("figures").get(0);
		assertThat(throughput.path("benchmark").asString()).isEqualTo("ingest");
		assertThat(throughput.path("unit").asString()).isEqualTo("papers/s");
		assertThat(throughput.path("value").asDouble()).isPositive();
		assertThat(throughput.path("baseline").asDouble()).isPositive();
		assertThat(throughput.path("ratio").asDouble())
			.isCloseTo(throughput.path("value").asDouble() / throughput.path("baseline").asDouble(),
					offset(0.01));
		assertThat(results.path("figures").valueStream().map(f -> f.path("name").asString()))
			.anyMatch(name -> name.startsWith("store size"))
			.anyMatch(name -> name.startsWith("parse only"))
			.anyMatch(name -> name.startsWith("heap used"));
		String markdown = Files.readString(out.resolve("results.md"), UTF_8);
		assertThat(markdown).contains("| benchmark | figure | value | baseline (same run) | ratio | goal |")
			.contains("| ingest | ingest throughput")
			.contains("## Machine")
			.contains("| cores |");
		try (Stream<Path> left = Files.list(out)) {
			assertThat(left.map(path -> path.getFileName().toString()).toList())
				.containsExactlyInAnyOrder("results.json", "results.md");
		}
	}

	@Test
	void measuresEveryContractQueryAgainstItsCypherAndALoadRunOnTheSamplePlusTheCorpus() throws IOException {
		Run run = run("bench", "--size=200", "--seed=5", "--only=api,load", "--concurrency=2", "--duration=6",
				"--warmup=2", "--out=" + out);

		assertThat(run.status()).as(run.output()).isZero();
		JsonNode results = JsonMapper.builder().build().readTree(out.resolve("results.json").toFile());
		assertThat(results.path("errors").isEmpty()).as(run.output()).isTrue();
		Map<String, JsonNode> figures = new HashMap<>();
		results.path("figures").valueStream().forEach(f -> figures.put(f.path("name").asString(), f));
		for (String operation : LoadBenchmark.operations().stream().map(OperationDefinition::getName).toList()) {
			JsonNode p50 = figures.get(operation + " p50 latency, concurrency 2");
			assertThat(p50).as(operation).isNotNull();
			assertThat(p50.path("value").asDouble()).isPositive();
			assertThat(p50.path("baseline").asDouble()).isPositive();
			assertThat(figures.get(operation + " p99 latency").path("value").asDouble())
				.isGreaterThanOrEqualTo(p50.path("value").asDouble());
			assertThat(figures.get(operation + " failed requests").path("value").asDouble()).as(operation).isZero();
		}
		assertThat(figures.get("warm-up, every operation both ways before any is measured").path("value").asDouble())
			.isEqualTo(2);
		assertThat(figures.get("operations whose Cypher answer differs from GraphQL's").path("value").asDouble())
			.as(figures.get("operations whose Cypher answer differs from GraphQL's").path("goal").asString())
			.isZero();
		JsonNode load = figures.get("requests (contract queries mixed, concurrency 2, 6 s)");
		assertThat(load.path("value").asDouble()).isPositive();
		assertThat(load.path("baseline").asDouble()).isPositive();
		assertThat(figures.get("failed requests").path("value").asDouble()).isZero();
		assertThat(figures.get("heap used after GC, after 3 of 3 of the run").path("baseline").asDouble()).isPositive();
		assertThat(LoadBenchmark.operations()).extracting(OperationDefinition::getName)
			.contains("Search", "PaperDetail", "Stats")
			.doesNotContain("IngestText", "IngestHtml");
	}

	@Test
	void runsIngestFirstThenTheOthersAndRefusesUnknownNames() {
		List<Benchmark> beans = List.of(named("load"), named("zeta"), named("ingest"), named("similarity"));

		assertThat(BenchCommand.select(beans, BenchOptions.parse())).extracting(Benchmark::name)
			.containsExactly("ingest", "similarity", "load", "zeta");
		assertThat(BenchCommand.select(beans, BenchOptions.parse("--only=zeta,ingest"))).extracting(Benchmark::name)
			.containsExactly("ingest", "zeta");
		assertThatThrownBy(() -> BenchCommand.select(beans, BenchOptions.parse("--only=ingest,nonsense")))
			.hasMessage("Unknown benchmark(s): nonsense; available: ingest, load, similarity, zeta");
	}

	@Test
	void explainsItsUsageOnAnUnknownOptionWithoutStarting() {
		Run run = run("bench", "--sise=10");

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.output()).contains("Unknown option --sise").contains("usage:");
	}

	private static Benchmark named(String name) {
		return new Benchmark() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public List<Figure> run(BenchRun run) {
				return List.of();
			}
		};
	}

	private static Run run(String... args) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		int status = BenchCommand.run(PapergraphApplication.class, args, new PrintStream(buffer, true, UTF_8));
		return new Run(status, buffer.toString(UTF_8));
	}

	private record Run(int status, String output) {
	}

}
