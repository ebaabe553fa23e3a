package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;

import org.papergraph.graph.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The load benchmark: the contract's query operations ({@code bench/operations.graphql}), mixed, at the run's
 * concurrency for its duration against the running server on loopback, then {@code { stats { papers } }} (the
 * cheapest round trip) the same way as the baseline. Reports requests per second, p50 and p99 latency, failed
 * requests (goal: none) and the heap after a GC before and after (goal: no growth). Bounded in time and count, and it
 * only ever calls 127.0.0.1.
 */
@Component
@Profile("bench")
class LoadBenchmark implements Benchmark {

	static final String NAME = "load";

	private static final String BASELINE = "{ stats { papers } }";

	/** At most this many requests per second and client thread, so that a run is bounded in count as well. */
	private static final int MAX_RATE_PER_THREAD = 5_000;

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

	/** Classifications that mean the server failed, rather than that a field is empty or not served yet. */
	private static final Pattern FAILED = Pattern
		.compile("\"classification\"\\s*:\\s*\"(INTERNAL_ERROR|UNAVAILABLE|TIMEOUT|TOO_MANY_REQUESTS)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The run is measured in this many parts, with the heap after a GC after each, to show any growth trend. */
	private static final int SEGMENTS = 3;

	/** A sixth of the duration, before measuring, warms the JVM, the caches and the embedding model. */
	private static final int WARM_UP_SHARE = 6;

	private static final Logger log = LoggerFactory.getLogger(LoadBenchmark.class);

	private final ApplicationContext context;

	private final BenchData data;

	private final int configuredPort;

	private final Embedder embedder;

	LoadBenchmark(ApplicationContext context, BenchData data,
			@Value("${papergraph.bench.load-port:0}") int configuredPort, Embedder embedder) {
		this.context = context;
		this.data = data;
		this.configuredPort = configuredPort;
		this.embedder = embedder;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchRun run) throws Exception {
		if (run.concurrency() < 1 || run.durationSeconds() < SEGMENTS) {
			throw new IllegalArgumentException("The load benchmark needs a concurrency of at least 1 and a duration of "
					+ "at least " + SEGMENTS + " seconds");
		}
		List<Figure> preparation = data.ensureQueryable(run, NAME);
		URI endpoint = URI.create("http://127.0.0.1:" + port() + "/graphql");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, Object> variables = variables(http, endpoint);
		List<byte[]> mix = operations().stream().map(operation -> body(operation, variables)).toList();
		List<byte[]> baseline = List.of(JSON.writeValueAsBytes(Map.of("query", BASELINE)));

		// A served papergraph loads the model at start (see DeriveWorker); the benchmark starts without that worker.
		embedder.preload();
		int warmUp = Math.max(1, run.durationSeconds() / WARM_UP_SHARE);
		log.info("Warming up for {} s", warmUp);
		phase(http, endpoint, mix, run.concurrency(), warmUp);
		long heapBefore = heapAfterGc();
		List<Long> heapAfterSegments = new ArrayList<>();
		Phase load = null;
		int segment = run.durationSeconds() / SEGMENTS;
		for (int i = 0; i < SEGMENTS; i++) {
			int seconds = i == SEGMENTS - 1 ? run.durationSeconds() - segment * (SEGMENTS - 1) : segment;
			Phase part = phase(http, endpoint, mix, run.concurrency(), seconds);
			load = load == null ? part : load.plus(part);
			heapAfterSegments.add(heapAfterGc());
			log.info("  load segment {} of {}: {} requests, heap after GC {} MB", i + 1, SEGMENTS,
					part.latencies().count(), heapAfterSegments.get(i) / 1_000_000);
		}
		Latencies cheapest = phase(http, endpoint, baseline, run.concurrency(), segment).latencies();
		Latencies mixed = load.latencies();

		String stats = "stats round trip";
		List<Figure> figures = new ArrayList<>(preparation);
		figures.addAll(List.of(
				new Figure(NAME, "requests (contract queries mixed, concurrency " + run.concurrency() + ", "
						+ run.durationSeconds() + " s)", mixed.perSecond(), "requests/s", stats, cheapest.perSecond(), null),
				new Figure(NAME, "p50 latency", mixed.percentile(50), "ms", stats, cheapest.percentile(50), null),
				new Figure(NAME, "p99 latency", mixed.percentile(99), "ms", stats, cheapest.percentile(99), null),
				new Figure(NAME, "failed requests", mixed.failed(), "requests", stats, (double) cheapest.failed(), "none"),
				Figure.of(NAME, "responses with GraphQL errors", load.withErrors(), "responses"),
				Figure.of(NAME, "requests sent", mixed.count(), "requests"),
				Figure.of(NAME, "heap used after GC, before the run", heapBefore / 1e6, "MB")));
		for (int i = 0; i < SEGMENTS; i++) {
			figures.add(new Figure(NAME, "heap used after GC, after " + (i + 1) + " of " + SEGMENTS + " of the run",
					heapAfterSegments.get(i) / 1e6, "MB", "before the run", heapBefore / 1e6, "no growth trend"));
		}
		return figures;
	}

	/** The port of the server to load: this application's own web server, else {@code papergraph.bench.load-port}. */
	private int port() {
		if (context instanceof WebServerApplicationContext web && web.getWebServer() != null
				&& web.getWebServer().getPort() > 0) {
			return web.getWebServer().getPort();
		}
		if (configuredPort > 0) {
			return configuredPort;
		}
		throw new IllegalStateException("The load benchmark needs a running server: run it in server mode, or set "
				+ "papergraph.bench.load-port to the port of a papergraph on this machine");
	}

	/** The contract's query operations, one document each. */
	static List<OperationDefinition> operations() {
		try {
			Document document = Parser.parse(new ClassPathResource("bench/operations.graphql").getContentAsString(UTF_8));
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] body(OperationDefinition operation, Map<String, Object> variables) {
		Map<String, Object> given = new LinkedHashMap<>();
		for (VariableDefinition variable : operation.getVariableDefinitions()) {
			if (variables.containsKey(variable.getName())) {
				given.put(variable.getName(), variables.get(variable.getName()));
			}
		}
		return JSON.writeValueAsBytes(Map.of("query", AstPrinter.printAst(operation), "operationName",
				operation.getName(), "variables", given));
	}

	/** Values for the operations' variables: real paper ids when the graph has papers, else well-formed ones. */
	private static Map<String, Object> variables(HttpClient http, URI endpoint) throws InterruptedException {
		List<String> ids = new ArrayList<>();
		try {
			HttpResponse<String> response = http.send(post(endpoint,
					JSON.writeValueAsBytes(Map.of("query", "{ papers(first: 2) { edges { node { id } } } }"))),
					HttpResponse.BodyHandlers.ofString());
			for (JsonNode edge : JSON.readTree(response.body()).path("data").path("papers").path("edges")) {
				ids.add(edge.path("node").path("id").asString());
			}
		}
		catch (IOException | RuntimeException ex) {
			// The papers connection may not be served; the well-formed ids below still exercise every operation.
		}
		while (ids.size() < 2) {
			ids.add(ids.isEmpty() ? "2308.16137" : "2402.03300");
		}
		return Map.of("q", "memory for very long inputs", "id", ids.get(0), "slug", "reinforcement-learning", "from",
				ids.get(0), "to", ids.get(1), "seeds", List.of(ids.get(0)));
	}

	private static Phase phase(HttpClient http, URI endpoint, List<byte[]> bodies, int concurrency, int seconds)
			throws Exception {
		long maxRequests = (long) MAX_RATE_PER_THREAD * concurrency * seconds;
		AtomicLong withErrors = new AtomicLong();
		Latencies latencies = Latencies.run(concurrency, Duration.ofSeconds(seconds), maxRequests, i -> {
			HttpResponse<String> response = http.send(post(endpoint, bodies.get(i % bodies.size())),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || FAILED.matcher(response.body()).find()) {
				return false;
			}
			if (response.body().contains("\"errors\"")) {
				withErrors.incrementAndGet();
			}
			return true;
		});
		return new Phase(latencies, withErrors.get());
	}

	private static HttpRequest post(URI endpoint, byte[] body) {
		return HttpRequest.newBuilder(endpoint)
			.timeout(REQUEST_TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 2; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** What one phase measured: its latencies and the responses that carried GraphQL errors. */
	private record Phase(Latencies latencies, long withErrors) {

		Phase plus(Phase other) {
			return new Phase(latencies.plus(other.latencies), withErrors + other.withErrors);
		}

	}

}
