package org.papergraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class IngestCommandTest {

	@Autowired
	IngestService ingest;

	@Autowired
	Driver driver;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyGraph() {
		TestGraph.clear(driver);
	}

	@Test
	void ingestsAFolderWithProgressAndASummary() throws IOException {
		Files.writeString(folder.resolve("seed.txt"), Fixtures.text(Fixtures.SEED));
		Files.createDirectories(folder.resolve("hf"));
		Files.writeString(folder.resolve("hf/daily.html"), Fixtures.text("fixtures/hf/daily-listing.html"));
		Files.writeString(folder.resolve("feed.xml"), Fixtures.text("fixtures/arxiv/feed.xml"));
		Files.writeString(folder.resolve("notes.md"), "not a listing, not picked up");

		Run run = run(folder.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.output()).contains("3/3").contains("31 papers created").contains("0 failed");
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isEqualTo(31);
	}

	@Test
	void exitsNonZeroAndNamesTheInputThatFailed() throws IOException {
		Path bad = folder.resolve("bad.html");
		Files.writeString(bad, Fixtures.text("fixtures/hf/bad-json.html"));
		Path good = folder.resolve("seed.txt");
		Files.writeString(good, Fixtures.text(Fixtures.SEED));

		Run run = run(bad.toString(), good.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.output()).contains("failed: " + bad).contains("not valid JSON").contains("1 failed");
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isEqualTo(28);
	}

	@Test
	void explainsItsUsageWithoutArguments() {
		Run run = run();

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.output()).contains("usage:");
	}

	private Run run(String... args) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		int exitCode = new IngestCommand(ingest).run(List.of(args), new PrintStream(buffer, true, UTF_8));
		return new Run(exitCode, buffer.toString(UTF_8));
	}

	@Test
	void namesAPathThatDoesNotExistAsAFailedInput() {
		Run run = run(folder.resolve("missing.txt").toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.output()).contains("failed: ").contains("no such file or folder").contains("1 failed");
	}

	private record Run(int exitCode, String output) {
	}

}
