package org.papergraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code api}: each contract query operation at the run's concurrency through papergraph's GraphQL stack, next to
 * its hand-written Cypher through the driver ({@link ContractQueries}), on the sample plus the run's corpus with
 * derived data. Before timing, each operation's two answers are compared ({@link SameData}); the two ways then run
 * in alternating rounds so that both see the same machine. Reports p50, p99 and throughput per operation.
 */
@Component
@Profile("bench")
class ApiBenchmark implements Benchmark {

	static final String NAME = "api";

	private static final Logger log = LoggerFactory.getLogger(ApiBenchmark.class);

	/** Paper ids the requests rotate through. */
	private static final int PAPER_IDS = 64;

	/** Measured rounds per way and operation, alternating GraphQL and Cypher. */
	private static final int ROUNDS = 2;

	/** At most this many requests per round, so that cheap operations stay bounded in count. */
	private static final int MAX_PER_ROUND = 20_000;

	private final ContractQueries queries;

	private final BenchData data;

	ApiBenchmark(ContractQueries queries, BenchData data) {
		this.queries = queries;
		this.data = data;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchRun run) throws Exception {
		if (run.concurrency() < 1) {
			throw new IllegalArgumentException("The api benchmark needs a concurrency of at least 1");
		}
		List<String> operations = queries.select(run.operations());
		List<Figure> figures = new ArrayList<>(data.ensureQueryable(run, NAME));
		List<String> ids = queries.samplePaperIds(PAPER_IDS);
		if (ids.size() < 2) {
			throw new IllegalStateException("The api benchmark needs a graph with at least two papers");
		}
		Duration round = Duration
			.ofMillis(Math.max(500, run.durationSeconds() * 1000L / (operations.size() * ROUNDS)));
		Map<String, String> differences = new LinkedHashMap<>();
		Map<String, String> unmeasured = new LinkedHashMap<>();
		warmUp(operations, ids, run);
		figures.add(new Figure(NAME, "warm-up, every operation both ways before any is measured", run.warmupSeconds(),
				"s", null, null, null));
		for (String operation : operations) {
			try {
				figures.addAll(measure(operation, ids, run, round, differences));
			}
			catch (RuntimeException ex) {
				// One operation the graph is too big for (over the read timeout, say) leaves the others' figures.
				String reason = String.valueOf(ex.getMessage());
				unmeasured.put(operation, reason.length() > 300 ? reason.substring(0, 300) + "…" : reason);
				log.warn("{} could not be measured: {}", operation, unmeasured.get(operation));
			}
		}
		figures.add(new Figure(NAME, "operations whose Cypher answer differs from GraphQL's", differences.size(),
				"operations", null, null, "none" + (differences.isEmpty() ? "" : "; " + differences)));
		figures.add(new Figure(NAME, "operations that could not be measured", unmeasured.size(), "operations", null,
				null, "none" + (unmeasured.isEmpty() ? "" : "; " + unmeasured)));
		return figures;
	}

	/**
	 * Runs every operation both ways, in turns of a second each, for the run's warm-up time, so that the measured
	 * rounds see compiled code on both sides: the first thousands of requests through a large stack run mostly in
	 * the interpreter and keep the compiler busy, and would otherwise count against whichever way has more code.
	 * Requests that fail here are only counted; the operation's own measurement reports them.
	 */
	private void warmUp(List<String> operations, List<String> ids, BenchRun run) throws Exception {
		if (run.warmupSeconds() <= 0) {
			return;
		}
		long until = System.nanoTime() + Duration.ofSeconds(run.warmupSeconds()).toNanos();
		Duration turn = Duration.ofSeconds(1);
		log.info("Warming up for {} s", run.warmupSeconds());
		while (System.nanoTime() < until) {
			for (String operation : operations) {
				if (System.nanoTime() >= until) {
					break;
				}
				Latencies.run(run.concurrency(), turn, MAX_PER_ROUND, request(operation, ids, true));
				Latencies.run(run.concurrency(), turn, MAX_PER_ROUND, request(operation, ids, false));
			}
		}
	}

	/** Compares and times one operation both ways; its figures. */
	private List<Figure> measure(String operation, List<String> ids, BenchRun run, Duration round,
			Map<String, String> differences) throws Exception {
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Map<String, Object> variables = queries.variables(operation, ids, i);
			Optional<String> difference = SameData.difference(queries.viaGraphQl(operation, variables),
					queries.viaCypher(operation, variables));
			if (difference.isPresent()) {
				differences.putIfAbsent(operation, difference.get());
				log.warn("{} with {}: GraphQL and Cypher differ at {}", operation, variables, difference.get());
			}
		}
		Latencies.Request viaGraphQl = request(operation, ids, true);
		Latencies.Request viaCypher = request(operation, ids, false);
		Latencies.run(run.concurrency(), round, MAX_PER_ROUND, viaGraphQl);
		Latencies.run(run.concurrency(), round, MAX_PER_ROUND, viaCypher);
		Latencies graphQl = null;
		Latencies cypher = null;
		for (int r = 0; r < ROUNDS; r++) {
			Latencies g = Latencies.run(run.concurrency(), round, MAX_PER_ROUND, viaGraphQl);
			Latencies c = Latencies.run(run.concurrency(), round, MAX_PER_ROUND, viaCypher);
			graphQl = graphQl == null ? g : graphQl.plus(g);
			cypher = cypher == null ? c : cypher.plus(c);
		}
		log.info("  {}: GraphQL p50 {} ms p99 {} ms ({} requests, {} ms CPU each), Cypher p50 {} ms p99 {} ms "
				+ "({} requests, {} ms CPU each)", operation, ms(graphQl.percentile(50)), ms(graphQl.percentile(99)),
				graphQl.count(), ms(graphQl.cpuMillisPerRequest()), ms(cypher.percentile(50)),
				ms(cypher.percentile(99)), cypher.count(), ms(cypher.cpuMillisPerRequest()));
		String floor = "hand-written Cypher through the driver";
		figures.add(new Figure(NAME, operation + " p50 latency, concurrency " + run.concurrency(),
				graphQl.percentile(50), "ms", floor, cypher.percentile(50), "ratio <= 1.5"));
		figures.add(new Figure(NAME, operation + " p99 latency", graphQl.percentile(99), "ms", floor,
				cypher.percentile(99), null));
		figures.add(new Figure(NAME, operation + " throughput", graphQl.perSecond(), "requests/s", floor,
				cypher.perSecond(), null));
		figures.add(new Figure(NAME, operation + " processor time per request", graphQl.cpuMillisPerRequest(), "ms",
				floor, cypher.cpuMillisPerRequest(), null));
		figures.add(new Figure(NAME, operation + " failed requests", graphQl.failed(), "requests", floor,
				(double) cypher.failed(), "none"));
		return figures;
	}

	/** Request number {@code i} of an operation, through GraphQL or through its hand-written Cypher. */
	private Latencies.Request request(String operation, List<String> ids, boolean viaGraphQl) {
		return i -> {
			Map<String, Object> variables = queries.variables(operation, ids, i);
			return (viaGraphQl ? queries.viaGraphQl(operation, variables) : queries.viaCypher(operation, variables))
					!= null;
		};
	}

	private static String ms(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
