package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.ingest.IngestService;
import org.papergraph.sample.SampleDataLoader;
import org.papergraph.similarity.SyntheticEmbeddings;
import org.papergraph.system.EmbeddedNeo4j;
import org.papergraph.topics.TopicService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The data benchmarks share: the run's synthetic corpus as Hugging Face listing pages on disk (written once per run),
 * and a graph holding it, for benchmarks that query rather than ingest.
 */
@Component
@Profile("bench")
class BenchData {

	private static final Logger log = LoggerFactory.getLogger(BenchData.class);

	private static final double MB = 1024.0 * 1024.0;

	private final IngestService ingest;

	private final Driver driver;

	private final SampleDataLoader sample;

	private final SyntheticEmbeddings embeddings;

	private final ObjectProvider<EmbeddedNeo4j> database;

	private final TopicService topics;

	BenchData(IngestService ingest, Driver driver, SampleDataLoader sample, SyntheticEmbeddings embeddings,
			ObjectProvider<EmbeddedNeo4j> database, TopicService topics) {
		this.topics = topics;
		this.ingest = ingest;
		this.driver = driver;
		this.sample = sample;
		this.embeddings = embeddings;
		this.database = database;
	}

	/** The corpus of the run. */
	SyntheticCorpus corpus(BenchRun run) {
		return new SyntheticCorpus(run.seed(), run.size());
	}

	/** The run's corpus as listing pages in the run's work folder, written on first use. */
	List<Path> pages(BenchRun run) throws IOException {
		Path folder = run.workDir().resolve(String.format(Locale.ROOT, "corpus-%d-%d", run.seed(), run.size()));
		Path complete = folder.resolve("complete");
		if (!Files.exists(complete)) {
			long started = System.nanoTime();
			List<Path> pages = corpus(run).writePages(folder);
			Files.writeString(complete, pages.size() + " pages\n");
			log.info("Wrote {} papers as {} listing pages in {} s", run.size(), pages.size(),
					Math.round((System.nanoTime() - started) / 1e9));
			return pages;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
		}
	}

	/** Ingests the run's corpus through papergraph unless the graph already holds at least as many papers. */
	void ensureIngested(BenchRun run) throws IOException {
		if (papers() >= run.size()) {
			return;
		}
		for (Path page : pages(run)) {
			ingest.ingestFile(page);
		}
	}

	/**
	 * Makes the graph one that queries can be measured on: the bundled sample plus the run's corpus, with topics,
	 * embeddings (the sample's and the corpus's synthetic, see {@link SyntheticEmbeddings}), {@code SIMILAR_TO}
	 * lists, mentions and clusters. Does nothing when that graph is already there.
	 *
	 * @param benchmark the name the figures are reported under
	 * @return what preparing took (times, store size, heap), or nothing when the graph was ready
	 */
	List<Figure> ensureQueryable(BenchRun run, String benchmark) throws IOException {
		List<Figure> figures = new ArrayList<>();
		if (papers() < run.size()) {
			List<Path> pages = pages(run);
			long started = System.nanoTime();
			ensureIngested(run);
			double seconds = (System.nanoTime() - started) / 1e9;
			figures.add(Figure.of(benchmark, "preparation: ingest of " + run.size() + " papers (" + pages.size()
					+ " listing pages)", seconds, "s"));
			figures.add(Figure.of(benchmark, "preparation: ingest throughput", run.size() / seconds, "papers/s"));
		}
		if (!hasSample()) {
			sample.loadSample();
		}
		if (!ask("MATCH (:Paper)-[:HAS_TOPIC]->(:Topic) RETURN true AS any LIMIT 1")) {
			// The bench runs with automatic derivation off, so the ingest assigned no topics.
			long started = System.nanoTime();
			TopicService.Report report = topics.reassignAll();
			figures.add(Figure.of(benchmark, "preparation: topics for " + report.papers() + " papers",
					(System.nanoTime() - started) / 1e9, "s"));
		}
		if (pendingEmbeddings() > 0 || !hasClusters()) {
			SyntheticEmbeddings.Report report = embeddings.derive(run.seed());
			log.info("Derived data for {} papers: vectors {} ms, similar papers {} ms, mentions {} ms, {} clusters {} ms",
					report.embedded(), report.embedMillis(), report.linkMillis(), report.mentionMillis(),
					report.clusters(), report.clusterMillis());
			figures.add(Figure.of(benchmark, "preparation: synthetic vectors for " + report.embedded() + " papers",
					report.embedMillis() / 1000.0, "s"));
			figures.add(new Figure(benchmark, "preparation: SIMILAR_TO build for all papers",
					report.linkMillis() / 1000.0, "s", null, null, "within 300 s at 100k papers"));
			figures.add(Figure.of(benchmark, "preparation: mentions", report.mentionMillis() / 1000.0, "s"));
			figures.add(new Figure(benchmark, "preparation: clustering into " + report.clusters() + " clusters",
					report.clusterMillis() / 1000.0, "s", null, null, "within 60 s at 100k papers"));
		}
		if (!figures.isEmpty() && database.getIfAvailable() != null) {
			StoreSize store = StoreSize.of(database.getObject().service());
			figures.add(Figure.of(benchmark, "store size, " + papers() + " papers with derived data",
					store.storeBytes() / MB, "MB"));
			figures.add(Figure.of(benchmark, "transaction logs", store.transactionLogBytes() / MB, "MB"));
			Runtime runtime = Runtime.getRuntime();
			System.gc();
			figures.add(Figure.of(benchmark, "heap used after GC (database included)",
					(runtime.totalMemory() - runtime.freeMemory()) / MB, "MB"));
		}
		return figures;
	}

	private boolean hasSample() {
		return ask("MATCH (:Source {kind: 'text'}) RETURN true AS any LIMIT 1");
	}

	private boolean hasClusters() {
		return ask("MATCH (:Cluster) RETURN true AS any LIMIT 1");
	}

	private long pendingEmbeddings() {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (p:Paper) WHERE p.embedding IS NULL RETURN count(p) AS n")
				.single()
				.get("n")
				.asLong());
		}
	}

	private boolean ask(String cypher) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher).hasNext());
		}
	}

	/** The number of papers in papergraph's graph. */
	long papers() {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asLong());
		}
	}

	/** Whether papergraph's graph links papers to {@code Keyword} nodes. */
	boolean hasKeywordNodes() {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH ()-[r:HAS_KEYWORD]->() RETURN count(r) > 0 AS any")
				.single()
				.get("any")
				.asBoolean());
		}
	}

	/** Deletes every node of papergraph's graph except the schema migration records. */
	void clearGraph() {
		try (Session session = driver.session()) {
			session.run("MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
				.consume();
		}
	}

}
