package org.papergraph.similarity;

import org.papergraph.graph.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.bench.BenchRun;
import org.papergraph.bench.Benchmark;
import org.papergraph.bench.Figure;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The {@code similarity} benchmark: embedding throughput with the real model on abstracts built from the bundled
 * sample (200, or a tenth of the run's size when smaller, at least 40), then, on {@code run.size()} synthetic papers with seeded, clustered random unit vectors written to the
 * database the injected driver reaches, the time to build every {@code SIMILAR_TO} list (against the in-memory
 * neighbour search alone), its recall against an exact search, the time to cluster (against the Leiden run alone),
 * and the peak heap. The synthetic papers are removed afterwards; run it on a scratch database.
 */
@Component
public class SimilarityBenchmark implements Benchmark {

	static final String ID_PREFIX = "bench-similarity-";

	private static final String NAME = "similarity";

	private static final int TEXTS = 200;

	private static final int MIN_TEXTS = 40;

	private static final int BATCH = 32;

	private static final int SINGLE_CALLS = 24;

	private static final int WRITE_BATCH = 1_000;

	private static final int RECALL_SAMPLE = 200;

	private static final int PAPERS_PER_CENTRE = 200;

	private static final float NOISE = 0.04f;

	private static final List<String> WORDS = List.of("sparse", "attention", "retrieval", "diffusion", "reward",
			"graph", "quantization", "distillation", "alignment", "memory", "tokenizer", "agent", "vision", "speech",
			"protein", "robotics", "planning", "privacy", "federated", "causal", "kernel", "bayesian", "contrastive",
			"multimodal", "compression", "pruning", "routing", "expert", "benchmark", "evaluation", "reasoning",
			"symbolic", "physics", "weather", "molecule", "music", "video", "code", "math", "tabular");

	private final Driver driver;

	private final Embedder embedder;

	private final SimilarityLinks links;

	private final ClusterBuilder clusters;

	private final SimilarityProperties properties;

	SimilarityBenchmark(Driver driver, Embedder embedder, SimilarityLinks links, ClusterBuilder clusters,
			SimilarityProperties properties) {
		this.driver = driver;
		this.embedder = embedder;
		this.links = links;
		this.clusters = clusters;
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchRun run) {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		double heapAtStart = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		List<Figure> figures = new ArrayList<>(embedding(Math.max(MIN_TEXTS, Math.min(TEXTS, run.size() / 10)), run.seed()));
		float[][] vectors = vectors(run.size(), new Random(run.seed()));
		try {
			long started = System.nanoTime();
			write(vectors, new Random(run.seed()));
			double writeSeconds = seconds(started);
			figures.add(Figure.of(NAME, "synthetic papers with vectors written", run.size() / writeSeconds, "papers/s"));

			SimilarityLinks.Rebuild rebuild = links.rebuildAll();
			double buildSeconds = (rebuild.readMillis() + rebuild.searchMillis() + rebuild.writeMillis()) / 1000.0;
			figures.add(new Figure(NAME, "SIMILAR_TO build for " + rebuild.papers() + " papers (read, search, write)",
					buildSeconds, "s", "in-memory neighbour search alone" + (rebuild.exact() ? " (exact)" : " (partitioned)"),
					rebuild.searchMillis() / 1000.0, "within 300 s at 100k papers"));
			figures.add(new Figure(NAME, "SIMILAR_TO recall@" + properties.neighbours() + " against an exact search",
					recall(vectors, new Random(run.seed() + 1)), "ratio", null, null, "at least 0.9"));

			ClusterBuilder.Report report = clusters.recompute();
			figures.add(new Figure(NAME, "clustering " + report.papers() + " papers into " + report.clusters()
					+ " clusters (read, Leiden, label, write)", report.totalMillis() / 1000.0, "s",
					"Leiden alone, in memory", report.leidenMillis() / 1000.0, "within 60 s at 100k papers"));
		}
		finally {
			removeSyntheticPapers();
		}
		double peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1e6;
		figures.add(new Figure(NAME, "peak heap (sum of heap pools' peaks)", peak, "MB", "heap in use at start",
				heapAtStart, null));
		return figures;
	}

	/** Papers per second the model embeds in batches, against one text per call. */
	private List<Figure> embedding(int count, long seed) {
		List<String> texts = abstracts(count, new Random(seed));
		embedder.embedAll(texts.subList(0, 4));
		long started = System.nanoTime();
		for (int from = 0; from < texts.size(); from += BATCH) {
			embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + BATCH)));
		}
		double batched = texts.size() / seconds(started);
		started = System.nanoTime();
		int singles = Math.min(SINGLE_CALLS, texts.size());
		for (String text : texts.subList(0, singles)) {
			embedder.embed(text);
		}
		double single = singles / seconds(started);
		return List.of(new Figure(NAME, "embedding throughput, " + texts.size() + " abstracts in batches of " + BATCH,
				batched, "papers/s", "one text per call", single, null));
	}

	/** Abstract-like texts: a title of a few words and sentences drawn from the bundled sample's abstracts. */
	static List<String> abstracts(int count, Random random) {
		String sample;
		try {
			sample = new ClassPathResource("sample/hf-papers-search-infinite.txt").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled sample is missing from the build", ex);
		}
		List<String> sentences = new ArrayList<>();
		for (String block : sample.split("\\n\\s*\\n")) {
			if (block.length() > 300) {
				sentences.addAll(Arrays.asList(block.strip().split("(?<=\\.) ")));
			}
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder();
			text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ')
				.append(WORDS.get(random.nextInt(WORDS.size()))).append(" for long inputs. ");
			for (int s = 0; s < 7; s++) {
				text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
			}
			texts.add(Embedder.paperText(text.toString().strip(), null, 2_000));
		}
		return texts;
	}

	/** Unit vectors around one random centre per {@value #PAPERS_PER_CENTRE} papers, so communities exist. */
	private static float[][] vectors(int n, Random random) {
		int centres = Math.max(2, n / PAPERS_PER_CENTRE);
		float[][] centre = new float[centres][Embedder.DIMENSIONS];
		for (float[] c : centre) {
			for (int d = 0; d < c.length; d++) {
				c[d] = (float) random.nextGaussian();
			}
			NearestNeighbours.normalize(c);
		}
		float[][] vectors = new float[n][Embedder.DIMENSIONS];
		for (int i = 0; i < n; i++) {
			float[] c = centre[i % centres];
			for (int d = 0; d < Embedder.DIMENSIONS; d++) {
				vectors[i][d] = c[d] + NOISE * (float) random.nextGaussian();
			}
			NearestNeighbours.normalize(vectors[i]);
		}
		return vectors;
	}

	private void write(float[][] vectors, Random random) {
		int centres = Math.max(2, vectors.length / PAPERS_PER_CENTRE);
		String[] topics = new String[centres];
		for (int c = 0; c < centres; c++) {
			topics[c] = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size()));
		}
		try (Session session = driver.session()) {
			for (int from = 0; from < vectors.length; from += WRITE_BATCH) {
				List<Map<String, Object>> rows = new ArrayList<>();
				for (int i = from; i < Math.min(vectors.length, from + WRITE_BATCH); i++) {
					String id = ID_PREFIX + String.format(Locale.ROOT, "%07d", i);
					rows.add(Map.of("id", id, "title", "Synthetic " + topics[i % centres] + " study " + i, "vector",
							vectors[i]));
				}
				session.executeWriteWithoutResult(tx -> tx.run("""
						UNWIND $rows AS row
						CREATE (p:Paper {id: row.id, title: row.title, titleKey: row.id})
						WITH p, row
						CALL db.create.setNodeVectorProperty(p, 'embedding', row.vector)
						""", Map.of("rows", rows)).consume());
			}
		}
	}

	/** The share of exact top-k neighbours (over the synthetic vectors) that the stored lists hold, on a sample. */
	private double recall(float[][] vectors, Random random) {
		int k = properties.neighbours();
		List<Integer> sample = new ArrayList<>();
		for (int s = 0; s < Math.min(RECALL_SAMPLE, vectors.length); s++) {
			sample.add(random.nextInt(vectors.length));
		}
		long found = 0;
		long expected = 0;
		try (Session session = driver.session()) {
			for (int i : sample) {
				List<String> stored = session.executeRead(tx -> tx.run("""
						MATCH (:Paper {id: $id})-[:SIMILAR_TO]->(b:Paper) RETURN b.id AS id
						""", Map.of("id", ID_PREFIX + String.format(Locale.ROOT, "%07d", i))).list(r -> r.get("id").asString()));
				Set<String> exact = new HashSet<>();
				float[] scores = new float[vectors.length];
				for (int j = 0; j < vectors.length; j++) {
					scores[j] = j == i ? Float.NEGATIVE_INFINITY : NearestNeighbours.dot(vectors[i], vectors[j]);
				}
				float[] sorted = scores.clone();
				Arrays.sort(sorted);
				float threshold = Math.max((float) properties.floor(), sorted[Math.max(0, sorted.length - k)]);
				for (int j = 0; j < vectors.length && exact.size() < k; j++) {
					if (scores[j] >= threshold) {
						exact.add(ID_PREFIX + String.format(Locale.ROOT, "%07d", j));
					}
				}
				expected += exact.size();
				found += stored.stream().filter(exact::contains).count();
			}
		}
		return expected == 0 ? 1.0 : (double) found / expected;
	}

	private void removeSyntheticPapers() {
		try (Session session = driver.session()) {
			long deleted;
			do {
				deleted = session.executeWrite(tx -> tx.run("""
						MATCH (p:Paper) WHERE p.id STARTS WITH $prefix
						WITH p LIMIT 2000
						DETACH DELETE p
						RETURN count(*) AS deleted
						""", Map.of("prefix", ID_PREFIX)).single().get("deleted").asLong());
			}
			while (deleted > 0);
		}
		clusters.recompute();
	}

	private static double seconds(long since) {
		return Math.max(1e-9, (System.nanoTime() - since) / 1e9);
	}

}
