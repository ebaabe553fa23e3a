package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The results of one {@code bench} run, written as {@code results.json} and {@code results.md}: every figure next to
 * its same-run baseline and the ratio, the run's settings, errors, and the machine it ran on.
 *
 * @param options the run's settings
 * @param machine the machine
 * @param seconds how long the whole run took
 * @param figures the figures, in the order the benchmarks gave them
 * @param errors benchmark name to the error that stopped it
 */
record BenchReport(BenchOptions options, MachineFacts machine, double seconds, List<Figure> figures,
		Map<String, String> errors) {

	static final String JSON_FILE = "results.json";

	static final String MARKDOWN_FILE = "results.md";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** Writes both files into the folder and returns their paths. */
	List<Path> write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path json = folder.resolve(JSON_FILE);
		Path markdown = folder.resolve(MARKDOWN_FILE);
		Files.writeString(json, JSON.writeValueAsString(json()) + "\n", UTF_8);
		Files.writeString(markdown, markdown(), UTF_8);
		return List.of(json, markdown);
	}

	Map<String, Object> json() {
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("size", options.size());
		run.put("seed", options.seed());
		run.put("only", options.only());
		run.put("concurrency", options.concurrency());
		run.put("durationSeconds", options.durationSeconds());
		run.put("seconds", round(seconds));
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("run", run);
		root.put("machine", machine);
		root.put("figures", figures.stream().map(BenchReport::json).toList());
		root.put("errors", errors);
		return root;
	}

	private static Map<String, Object> json(Figure figure) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("benchmark", figure.benchmark());
		out.put("name", figure.name());
		out.put("value", round(figure.value()));
		out.put("unit", figure.unit());
		out.put("baselineName", figure.baselineName());
		out.put("baseline", figure.baseline() == null ? null : round(figure.baseline()));
		out.put("ratio", figure.ratio() == null ? null : Math.round(figure.ratio() * 1000) / 1000.0);
		out.put("goal", figure.goal());
		return out;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# papergraph benchmarks\n\n");
		md.append(String.format(Locale.ROOT, "%s papers (seed %d), benchmarks: %s; concurrency %d, duration %d s; "
				+ "the run took %s s.%n%n", number(options.size()), options.seed(),
				options.only().isEmpty() ? "all" : String.join(", ", options.only()), options.concurrency(),
				options.durationSeconds(), number(seconds)));
		md.append("| benchmark | figure | value | baseline (same run) | ratio | goal |\n");
		md.append("|---|---|---|---|---|---|\n");
		for (Figure figure : figures) {
			String baseline = figure.baseline() == null ? "" : number(figure.baseline()) + " " + figure.unit() + " ("
					+ figure.baselineName() + ")";
			String ratio = figure.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", figure.ratio());
			md.append("| ").append(cell(figure.benchmark())).append(" | ").append(cell(figure.name())).append(" | ")
				.append(number(figure.value())).append(' ').append(cell(figure.unit())).append(" | ")
				.append(cell(baseline)).append(" | ").append(ratio).append(" | ")
				.append(cell(figure.goal() == null ? "" : figure.goal())).append(" |\n");
		}
		if (!errors.isEmpty()) {
			md.append("\n## Errors\n\n");
			errors.forEach((name, message) -> md.append("- ").append(name).append(": ").append(cell(message)).append('\n'));
		}
		md.append("\n## Machine\n\n| fact | value |\n|---|---|\n");
		md.append("| cores | ").append(machine.cores()).append(" |\n");
		md.append("| max heap | ").append(number(machine.maxHeapBytes() / (1024.0 * 1024.0))).append(" MB |\n");
		md.append("| total memory | ").append(machine.totalMemoryBytes() < 0 ? "unknown"
				: number(machine.totalMemoryBytes() / (1024.0 * 1024.0)) + " MB").append(" |\n");
		md.append("| OS | ").append(cell(machine.os())).append(" |\n");
		md.append("| Java | ").append(cell(machine.java())).append(" |\n");
		md.append("| Neo4j | ").append(cell(machine.neo4j())).append(" (embedded, page cache ")
			.append(cell(machine.pageCache())).append(") |\n");
		md.append("| date | ").append(machine.date()).append(" |\n");
		md.append("| load average | ").append(machine.loadAverage()).append(" |\n");
		return md.toString();
	}

	/** A number with thousands separators and at most as many decimals as its size warrants. */
	static String number(double value) {
		String pattern = Math.abs(value) >= 100 ? "#,##0" : Math.abs(value) >= 10 ? "#,##0.0" : "#,##0.00";
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

	private static double round(double value) {
		return Math.abs(value) >= 100 ? Math.round(value * 10) / 10.0 : Math.round(value * 1000) / 1000.0;
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
