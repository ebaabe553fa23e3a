package org.papergraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of {@code bench}: its own options, and {@code --papergraph.*} (or other dotted) settings passed on
 * to the application.
 *
 * @param size papers in the synthetic corpus
 * @param seed the corpus seed
 * @param only the benchmarks to run, or empty for all
 * @param operations the contract operations the {@code api} benchmark times, or empty for all
 * @param concurrency client threads for latency and load benchmarks
 * @param durationSeconds how long a load benchmark runs
 * @param warmupSeconds how long the {@code api} benchmark runs every operation before it measures any
 * @param out where results, the database and scratch files go
 * @param keep keep the database and scratch files after the run
 * @param settings settings passed on to the application, as {@code --name=value}
 */
record BenchOptions(int size, long seed, List<String> only, List<String> operations, int concurrency,
		int durationSeconds, int warmupSeconds, Path out, boolean keep, List<String> settings) {

	static final String USAGE = """
			usage: java -jar papergraph.jar bench [--size=10000] [--seed=42] [--only=ingest,similarity,api,load]
			                                      [--operations=Stats,Topics,...] [--concurrency=8] [--duration=60]
			                                      [--warmup=60] [--out=target/bench] [--keep]
			                                      [--papergraph.SETTING=VALUE ...]""";

	/** Settings the command owns: a benchmark always runs on a fresh embedded database of its own. */
	private static final Set<String> RESERVED = Set.of("papergraph.data-dir", "papergraph.neo4j-uri",
			"papergraph.sample-data", "papergraph.derive.auto", "papergraph.similarity.background", "server.port");

	/**
	 * Reads the arguments after {@code bench}.
	 *
	 * @throws IllegalArgumentException with a message for the user when an option is unknown or malformed
	 */
	static BenchOptions parse(String... args) {
		int size = 10_000;
		long seed = 42;
		List<String> only = List.of();
		List<String> operations = List.of();
		int concurrency = 8;
		int duration = 60;
		int warmup = 60;
		Path out = Path.of("target", "bench");
		boolean keep = false;
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--keep")) {
				keep = true;
				continue;
			}
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Unexpected argument \"" + arg + "\"");
			}
			String name = arg.substring(2, arg.indexOf('='));
			String value = arg.substring(arg.indexOf('=') + 1).strip();
			switch (name) {
				case "size" -> size = positive(name, value, 1_000_000_000);
				case "seed" -> seed = number(name, value);
				case "only" -> only = Arrays.stream(value.split(","))
					.map(String::strip)
					.map(s -> s.toLowerCase(Locale.ROOT))
					.filter(s -> !s.isEmpty())
					.distinct()
					.toList();
				case "operations" -> operations = Arrays.stream(value.split(","))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.distinct()
					.toList();
				case "concurrency" -> concurrency = positive(name, value, 1_024);
				case "duration" -> duration = positive(name, value, 86_400);
				case "warmup" -> warmup = between(name, value, 0, 86_400);
				case "out" -> out = Path.of(value);
				default -> {
					if (!name.contains(".")) {
						throw new IllegalArgumentException("Unknown option --" + name);
					}
					if (RESERVED.contains(name)) {
						throw new IllegalArgumentException("--" + name + " is set by the bench command itself: "
								+ "it always runs on a fresh embedded database under --out");
					}
					settings.add(arg);
				}
			}
		}
		if (args.length > 0 && only.isEmpty() && Arrays.stream(args).anyMatch(a -> a.startsWith("--only="))) {
			throw new IllegalArgumentException("--only needs at least one benchmark name");
		}
		if (args.length > 0 && operations.isEmpty() && Arrays.stream(args).anyMatch(a -> a.startsWith("--operations="))) {
			throw new IllegalArgumentException("--operations needs at least one operation name");
		}
		return new BenchOptions(size, seed, only, operations, concurrency, duration, warmup, out, keep,
				List.copyOf(settings));
	}

	/** Whether a benchmark of this name was asked for (all are when {@code --only} is absent). */
	boolean selects(String name) {
		return only.isEmpty() || only.contains(name);
	}

	private static long number(String name, String value) {
		try {
			return Long.parseLong(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, not \"" + value + "\"");
		}
	}

	private static int positive(String name, String value, int max) {
		return between(name, value, 1, max);
	}

	private static int between(String name, String value, int min, int max) {
		long number = number(name, value);
		if (number < min || number > max) {
			throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max + ", not "
					+ value);
		}
		return (int) number;
	}

}
