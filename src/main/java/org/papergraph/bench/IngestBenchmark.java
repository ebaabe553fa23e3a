package org.papergraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.papergraph.ingest.IngestReport;
import org.papergraph.ingest.IngestService;
import org.papergraph.ingest.ListingParser;
import org.papergraph.system.EmbeddedNeo4j;
import org.papergraph.system.PapergraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code ingest}: papergraph's ingest throughput (read, parse and upsert of Hugging Face listing pages through
 * {@link IngestService}, derived data excluded) against a raw batched {@code UNWIND MERGE} of the same records through
 * the driver into a fresh database of its own, in the same run; also the parse share, store size and heap. It leaves
 * the corpus in papergraph's graph for the benchmarks that run after it.
 */
@Component
@Profile("bench")
class IngestBenchmark implements Benchmark {

	static final String NAME = "ingest";

	private static final Logger log = LoggerFactory.getLogger(IngestBenchmark.class);

	/** Runs this large or larger first send a small separate corpus through both paths, so neither pays for a cold JVM. */
	private static final int WARM_UP_FROM = 5_000;

	private static final int WARM_UP_PAPERS = 1_000;

	private static final double MB = 1024.0 * 1024.0;

	private final IngestService ingest;

	private final BenchData data;

	private final EmbeddedNeo4j database;

	private final PapergraphProperties properties;

	IngestBenchmark(IngestService ingest, BenchData data, EmbeddedNeo4j database, PapergraphProperties properties) {
		this.ingest = ingest;
		this.data = data;
		this.database = database;
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchRun run) throws Exception {
		long started = System.nanoTime();
		List<Path> pages = data.pages(run);
		double corpusSeconds = seconds(started);
		long corpusBytes = 0;
		for (Path page : pages) {
			corpusBytes += Files.size(page);
		}
		data.clearGraph();
		SyntheticCorpus warmUp = run.size() >= WARM_UP_FROM ? new SyntheticCorpus(run.seed() + 1, WARM_UP_PAPERS) : null;
		if (warmUp != null) {
			log.info("Warming up with {} other papers", WARM_UP_PAPERS);
			for (Path page : warmUp.writePages(run.workDir().resolve("warm-up"))) {
				ingest.ingestFile(page);
			}
			data.clearGraph();
		}

		log.info("Parsing {} pages without writing", pages.size());
		started = System.nanoTime();
		long parsed = 0;
		for (Path page : pages) {
			parsed += ListingParser.parseHtml(Files.readString(page, StandardCharsets.UTF_8), null).papers().size();
		}
		double parseSeconds = seconds(started);
		check(parsed, run.size(), "the parser");

		log.info("papergraph: ingesting {} pages through IngestService", pages.size());
		started = System.nanoTime();
		long created = 0;
		for (int i = 0; i < pages.size(); i++) {
			IngestReport report = ingest.ingestFile(pages.get(i));
			created += report.papersCreated();
			if ((i + 1) % 20 == 0) {
				log.info("  {} of {} pages, {} papers/s", i + 1, pages.size(), Math.round(created / seconds(started)));
			}
		}
		double ingestSeconds = seconds(started);
		check(created, run.size(), "papergraph's ingest");
		check(data.papers(), run.size(), "papergraph's graph");
		StoreSize store = StoreSize.of(database.service());
		long heap = usedHeapAfterGc();
		boolean keywordNodes = data.hasKeywordNodes();

		double rawSeconds;
		StoreSize rawStore;
		long rawPapers;
		try (RawBaseline raw = RawBaseline.start(run.workDir().resolve("baseline-db"), properties.pageCache(),
				keywordNodes)) {
			if (warmUp != null) {
				raw.write(warmUp.iterator());
				raw.clear();
			}
			log.info("Baseline: raw batched UNWIND MERGE of {} papers", run.size());
			rawSeconds = raw.write(data.corpus(run).iterator()) / 1e9;
			rawPapers = raw.count("Paper");
			rawStore = raw.storeSize();
		}
		check(rawPapers, run.size(), "the raw baseline");

		double rate = run.size() / ingestSeconds;
		double rawRate = run.size() / rawSeconds;
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure(NAME, "ingest throughput (read, parse, upsert; one transaction per 500-paper page)",
				rate, "papers/s", "raw batched UNWIND MERGE of the same papers, authors, keywords"
						+ (keywordNodes ? " (as nodes)" : "") + " and repositories through the driver, "
						+ "1,000 per transaction, fresh database", rawRate,
				"ratio >= 0.5, and >= 1,000 papers/s at 100k"));
		figures.add(new Figure(NAME, "ingest time", ingestSeconds, "s", "raw write time", rawSeconds, null));
		figures.add(Figure.of(NAME, "parse only (read and parse the pages, no write)", parsed / parseSeconds,
				"papers/s"));
		figures.add(new Figure(NAME, "store size after ingest", store.storeBytes() / MB, "MB",
				"raw baseline store", rawStore.storeBytes() / MB, null));
		figures.add(new Figure(NAME, "transaction logs after ingest", store.transactionLogBytes() / MB, "MB",
				"raw baseline logs", rawStore.transactionLogBytes() / MB, null));
		figures.add(Figure.of(NAME, "heap used after ingest (after GC, database included)", heap / MB, "MB"));
		figures.add(Figure.of(NAME, "corpus generation (" + pages.size() + " listing pages, "
				+ Math.round(corpusBytes / MB) + " MB)", corpusSeconds, "s"));
		return figures;
	}

	private static void check(long actual, long expected, String what) {
		if (actual != expected) {
			throw new IllegalStateException(what + " holds " + actual + " papers, expected " + expected);
		}
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		System.gc();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

}
