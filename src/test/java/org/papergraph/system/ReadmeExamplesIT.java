package org.papergraph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.testsupport.PackagedJar;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request example of the README, run as written with curl against the packaged jar serving the bundled sample
 * on a fresh data directory, in the README's order: each must succeed, and each answer the README prints must be the
 * answer the service gives.
 */
class ReadmeExamplesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path folder;

	/** A request example: the shell command, and the answer the README prints after it, if any. */
	record Example(String command, String answer) {
	}

	@Test
	void everyRequestExampleAnswersWhatTheReadmePrints() throws IOException, InterruptedException {
		List<Example> examples = examples(Files.readString(Path.of("README.md"), UTF_8));
		assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
		assertThat(examples.stream().filter(e -> e.answer() != null)).hasSizeGreaterThanOrEqualTo(4);
		Path data = folder.resolve("data");
		try (PackagedJar.Server server = PackagedJar.serve(data, Map.of())) {
			String key = null;
			for (Example example : examples) {
				if (key == null && Files.isRegularFile(data.resolve("api-key"))) {
					key = Files.readString(data.resolve("api-key"), UTF_8).strip();
				}
				String command = example.command().replace("localhost:8080", "localhost:" + server.port());
				ProcessBuilder shell = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
				shell.environment().put("KEY", key == null ? "" : key);
				Process process = shell.start();
				assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(example.command()).isTrue();
				String output = new String(process.getInputStream().readAllBytes(), UTF_8).strip();
				assertThat(process.exitValue()).as(example.command() + "\n" + output).isZero();
				if (example.answer() != null) {
					assertThat(JSON.readTree(output)).as(example.command() + "\nanswered\n" + output)
						.isEqualTo(JSON.readTree(example.answer()));
				}
			}
		}
	}

	/**
	 * The README's request examples: in its indented code blocks, every paragraph that calls {@code curl} (its
	 * {@code \} line ends joined), with the JSON paragraph that follows it as its answer.
	 */
	static List<Example> examples(String readme) {
		List<Example> examples = new ArrayList<>();
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		boolean inBlock = false;
		for (String line : (readme + "\n\n").lines().toList()) {
			boolean code = line.startsWith("    ");
			boolean blank = line.isBlank();
			if (code) {
				paragraph.append(line.substring(4)).append('\n');
				inBlock = true;
			}
			else if (blank && inBlock) {
				if (!paragraph.isEmpty()) {
					paragraphs.add(paragraph.toString().strip());
					paragraph.setLength(0);
				}
			}
			else if (!blank) {
				if (!paragraph.isEmpty()) {
					paragraphs.add(paragraph.toString().strip());
					paragraph.setLength(0);
				}
				paragraphs.add("");
				inBlock = false;
			}
		}
		for (int i = 0; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i);
			if (!text.matches("(?s)(curl|until) .*") || !text.contains("curl ")) {
				continue;
			}
			String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : "";
			examples.add(new Example(text.replace("\\\n", " "), next.startsWith("{") ? next : null));
		}
		return examples;
	}

}
