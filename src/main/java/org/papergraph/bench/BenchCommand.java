package org.papergraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.papergraph.system.PapergraphProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code papergraph bench [--size=N] [--seed=S] [--only=a,b] [--concurrency=C] [--duration=SECONDS]}: starts papergraph
 * on a fresh embedded database under {@code target/bench/}, runs the selected {@link Benchmark} beans (ingest first,
 * since it fills the graph), and writes {@code results.json} and {@code results.md} there. The web server starts (on a
 * random port) only when a benchmark that needs it is selected.
 */
public final class BenchCommand {

	/** The command's name on the command line. */
	public static final String NAME = "bench";

	/** Benchmarks that talk to papergraph over HTTP, so the bench starts the web server for them. */
	static final List<String> SERVER_BENCHMARKS = List.of(ApiBenchmark.NAME, "load");

	/** The order benchmarks run in; others follow by name. */
	private static final List<String> ORDER = List.of(IngestBenchmark.NAME, "similarity", "api", "load");

	private BenchCommand() {
	}

	/**
	 * Runs the command; {@code args} start with {@code bench}.
	 *
	 * @return the exit status: 0 when every benchmark ran, 1 when one failed, 2 on a usage error
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		BenchOptions options;
		try {
			options = BenchOptions.parse(Stream.of(args).skip(1).toArray(String[]::new));
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println(BenchOptions.USAGE);
			return 2;
		}
		OffsetDateTime started = OffsetDateTime.now();
		double loadAtStart = MachineFacts.currentLoadAverage();
		String stamp = started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
		Path folder = options.out().toAbsolutePath().normalize();
		Path database = folder.resolve("db-" + stamp);
		Path work = folder.resolve("work-" + stamp);
		boolean web = SERVER_BENCHMARKS.stream().anyMatch(options::selects);
		out.printf(Locale.ROOT, "bench: %,d papers, seed %d, %s; database %s%n", options.size(), options.seed(),
				options.only().isEmpty() ? "all benchmarks" : String.join(", ", options.only()), database);

		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		app.setAdditionalProfiles(NAME);
		List<String> springArgs = new ArrayList<>(options.settings());
		springArgs.add("--papergraph.data-dir=" + database);
		springArgs.add("--papergraph.neo4j-uri=");
		springArgs.add("--papergraph.sample-data=false");
		springArgs.add("--papergraph.derive.auto=false");
		springArgs.add("--papergraph.similarity.background=false");
		if (options.settings().stream().noneMatch(s -> s.startsWith("--papergraph.api-key="))) {
			byte[] key = new byte[24];
			new SecureRandom().nextBytes(key);
			springArgs.add("--papergraph.api-key=" + HexFormat.of().formatHex(key));
		}
		if (web) {
			springArgs.add("--server.port=0");
		}
		int status;
		try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
			status = runBenchmarks(context, options, started, loadAtStart, work, out);
		}
		finally {
			if (!options.keep()) {
				delete(database);
				delete(work);
			}
		}
		return status;
	}

	private static int runBenchmarks(ConfigurableApplicationContext context, BenchOptions options,
			OffsetDateTime started, double loadAtStart, Path work, PrintStream out) {
		List<Benchmark> selected;
		try {
			selected = select(context.getBeansOfType(Benchmark.class).values(), options);
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println(BenchOptions.USAGE);
			return 2;
		}
		BenchRun run = new BenchRun(options.size(), options.seed(), work, options.concurrency(),
				options.durationSeconds(), options.operations(), options.warmupSeconds());
		try {
			Files.createDirectories(work);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + work, ex);
		}
		List<Figure> figures = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		long begin = System.nanoTime();
		for (Benchmark benchmark : selected) {
			out.println("running " + benchmark.name() + " ...");
			long start = System.nanoTime();
			try {
				List<Figure> result = benchmark.run(run);
				figures.addAll(result);
				for (Figure figure : result) {
					out.println("  " + line(figure));
				}
				out.printf(Locale.ROOT, "  (%s took %.0f s)%n", benchmark.name(), (System.nanoTime() - start) / 1e9);
			}
			catch (Exception ex) {
				String message = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				errors.put(benchmark.name(), message);
				out.println("  failed: " + message);
			}
		}
		MachineFacts machine = MachineFacts.of(context.getBean(Driver.class),
				context.getBean(PapergraphProperties.class).pageCache(), started, loadAtStart);
		BenchReport report = new BenchReport(options, machine, (System.nanoTime() - begin) / 1e9, figures, errors);
		try {
			for (Path file : report.write(options.out().toAbsolutePath().normalize())) {
				out.println("wrote " + file);
			}
		}
		catch (IOException ex) {
			out.println("Cannot write the results: " + ex.getMessage());
			return 1;
		}
		return errors.isEmpty() ? 0 : 1;
	}

	/**
	 * The benchmarks the options select, in the order they run: ingest first (it fills the graph), then similarity,
	 * api and load, then any others by name.
	 *
	 * @throws IllegalArgumentException naming the unknown benchmarks and the available ones
	 */
	static List<Benchmark> select(Collection<Benchmark> beans, BenchOptions options) {
		Map<String, Benchmark> available = new TreeMap<>();
		for (Benchmark benchmark : beans) {
			if (available.putIfAbsent(benchmark.name(), benchmark) != null) {
				throw new IllegalStateException("Two benchmarks are named " + benchmark.name());
			}
		}
		List<String> unknown = options.only().stream().filter(name -> !available.containsKey(name)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown benchmark(s): " + String.join(", ", unknown) + "; available: "
					+ String.join(", ", available.keySet()));
		}
		return available.values()
			.stream()
			.filter(benchmark -> options.selects(benchmark.name()))
			.sorted(Comparator.comparingInt((Benchmark b) -> ORDER.contains(b.name()) ? ORDER.indexOf(b.name())
					: ORDER.size()).thenComparing(Benchmark::name))
			.toList();
	}

	private static String line(Figure figure) {
		String text = figure.name() + ": " + BenchReport.number(figure.value()) + " " + figure.unit();
		if (figure.baseline() != null) {
			text += String.format(Locale.ROOT, " vs %s %s baseline", BenchReport.number(figure.baseline()), figure.unit());
			if (figure.ratio() != null) {
				text += String.format(Locale.ROOT, " (ratio %.2f)", figure.ratio());
			}
		}
		return text;
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + folder, ex);
		}
	}

}
