package org.papergraph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PackagedJar;
import org.papergraph.testsupport.PackagedJar.Run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar's commands, run as processes the way the README shows them: their summaries, their exit statuses,
 * and a clear word when the data directory belongs to a running server.
 */
class PackagedCommandsIT {

	@TempDir
	Path folder;

	@Test
	void helpListsEveryCommandAndExitsZero() {
		Run run = PackagedJar.run(folder.resolve("data"), "help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.output()).contains("ingest PATH_OR_URL", "topics", "derive", "api-key", "bench");
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		Run run = PackagedJar.run(folder.resolve("data"), "ingset", "x.txt");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.output()).contains("unknown command \"ingset\"").contains("usage:");
	}

	@Test
	void ingestReadsAFolderTwiceAndTheSecondTimeWritesNothing() throws IOException {
		Path inputs = Files.createDirectories(folder.resolve("inputs"));
		Files.writeString(inputs.resolve("seed.txt"), Fixtures.text(Fixtures.SEED), UTF_8);
		Files.writeString(inputs.resolve("feed.xml"), Fixtures.text("fixtures/arxiv/feed.xml"), UTF_8);
		Path data = folder.resolve("data");

		Run first = PackagedJar.run(data, "ingest", inputs.toString());
		Run second = PackagedJar.run(data, "ingest", inputs.toString());

		assertThat(first.exitCode()).as(first.output()).isZero();
		assertThat(first.output()).contains("2/2").contains("28 papers created").contains("0 failed");
		assertThat(second.exitCode()).as(second.output()).isZero();
		assertThat(second.output()).contains("0 papers created, 0 updated, 31 unchanged");
		assertThat(first.output() + second.output()).doesNotContain("WARN").doesNotContain("Exception");
	}

	@Test
	void ingestExitsOneAndNamesTheInputThatFailed() throws IOException {
		Path bad = Files.writeString(folder.resolve("bad.html"), Fixtures.text("fixtures/hf/bad-json.html"), UTF_8);

		Run run = PackagedJar.run(folder.resolve("data"), "ingest", bad.toString(), folder.resolve("missing.txt").toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.output()).contains("failed: " + bad).contains("no such file or folder").contains("2 failed");
	}

	@Test
	void ingestWithoutInputsIsAUsageError() {
		Run run = PackagedJar.run(folder.resolve("data"), "ingest");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.output()).contains("usage: java -jar papergraph.jar ingest PATH_OR_URL...");
	}

	@Test
	void aDataDirectoryThatCannotBeWrittenIsSaidInTwoLines() {
		Run run = PackagedJar.run(folder.resolve("data"), "topics", "--papergraph.data-dir=/proc/papergraph-data");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.lines()).hasSizeLessThanOrEqualTo(2);
		assertThat(run.output()).contains("/proc/papergraph-data").contains("PAPERGRAPH_DATA_DIR")
			.doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void topicsAndDeriveRunOnWhatWasIngested() throws IOException {
		Path seed = Files.writeString(folder.resolve("seed.txt"), Fixtures.text(Fixtures.SEED), UTF_8);
		Path data = folder.resolve("data");
		assertThat(PackagedJar.run(data, "ingest", seed.toString()).exitCode()).isZero();

		Run topics = PackagedJar.run(data, "topics");
		Run derive = PackagedJar.run(data, "derive");

		assertThat(topics.exitCode()).as(topics.output()).isZero();
		assertThat(topics.output()).contains("Reassigned topics").contains("28 papers");
		assertThat(derive.exitCode()).as(derive.output()).isZero();
		assertThat(derive.output()).containsPattern("Derived in [0-9.]+ s: 28 papers embedded \\(0 waiting\\)")
			.containsPattern("[1-9][0-9]* clusters");
	}

	@Test
	void aCommandOnTheDataDirectoryOfARunningServerSaysSoInTwoLinesAndTheKeyRotatesUnderIt() throws IOException {
		Path data = folder.resolve("data");
		Path seed = Files.writeString(folder.resolve("seed.txt"), Fixtures.text(Fixtures.SEED), UTF_8);
		try (PackagedJar.Server server = PackagedJar.serve(data, Map.of("PAPERGRAPH_SAMPLE_DATA", "false")).awaitReady()) {
			String oldKey = Files.readString(data.resolve("api-key"), UTF_8).strip();

			Run ingest = PackagedJar.run(data, "ingest", seed.toString());
			Run rotate = PackagedJar.run(data, "api-key", "rotate");

			assertThat(ingest.exitCode()).isEqualTo(1);
			assertThat(ingest.lines()).hasSizeLessThanOrEqualTo(2);
			assertThat(ingest.output()).contains("is in use by another papergraph process").contains("Stop that process")
				.doesNotContain("Exception").doesNotContain("\tat ");
			assertThat(rotate.exitCode()).as(rotate.output()).isZero();
			String newKey = Files.readString(data.resolve("api-key"), UTF_8).strip();
			assertThat(rotate.output()).contains("New API key: " + newKey);
			assertThat(newKey).isNotEqualTo(oldKey).hasSize(48);
			assertThat(Files.getPosixFilePermissions(data.resolve("api-key")))
				.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
			String derive = "{\"query\":\"mutation { derive { clusters } }\"}";
			assertThat(server.graphql(derive, oldKey).body()).contains("FORBIDDEN");
			assertThat(server.graphql(derive, newKey).body()).contains("\"derive\"").doesNotContain("errors");
		}
	}

}
