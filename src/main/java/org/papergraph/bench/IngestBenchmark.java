package org.papergraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.papergraph.graph.PaperRecord;
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
 * the driver into a fresh database of its own; also the parse share, store size and heap. The two are measured
 * interleaved (two pages through papergraph, then the same 1,000 papers raw), so that both see the same load on a
 * shared machine. It leaves the corpus in papergraph's graph for the benchmarks that run after it.
 */
@Component
@Profile("bench")
class IngestBenchmark implements Benchmark {

	static final String NAME = "ingest";

	private static final Logger log = LoggerFactory.getLogger(IngestBenchmark.class);

	/** A small separate corpus sent through both paths first, so that neither pays for a cold JVM. */
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
		SyntheticCorpus warmUp = new SyntheticCorpus(run.seed() + 1, Math.min(WARM_UP_PAPERS, run.size()));
		for (Path page : warmUp.writePages(run.workDir().resolve("warm-up"))) {
			ingest.ingestFile(page);
		}
		boolean keywordNodes = data.hasKeywordNodes();
		data.clearGraph();

		log.info("Parsing {} pages without writing", pages.size());
		started = System.nanoTime();
		long parsed = 0;
		for (Path page : pages) {
			parsed += ListingParser.parseHtml(Files.readString(page, StandardCharsets.UTF_8), null).papers().size();
		}
		double parseSeconds = seconds(started);
		check(parsed, run.size(), "the parser");

		long ingestNanos = 0;
		long rawNanos = 0;
		StoreSize rawStore;
		long created = 0;
		try (RawBaseline raw = RawBaseline.start(run.workDir().resolve("baseline-db"), properties.pageCache(),
				keywordNodes)) {
			raw.write(warmUp.iterator());
			raw.clear();
			log.info("Ingesting {} pages through IngestService, each {} papers also written raw", pages.size(),
					RawBaseline.BATCH);
			Iterator<PaperRecord> records = data.corpus(run).iterator();
			List<PaperRecord> pending = new ArrayList<>(RawBaseline.BATCH);
			for (int i = 0; i < pages.size(); i++) {
				long start = System.nanoTime();
				created += ingest.ingestFile(pages.get(i)).papersCreated();
				ingestNanos += System.nanoTime() - start;
				while (records.hasNext() && pending.size() < (i % 2 + 1) * SyntheticCorpus.PAGE_SIZE) {
					pending.add(records.next());
				}
				if (pending.size() >= RawBaseline.BATCH || i == pages.size() - 1) {
					rawNanos += raw.writeBatch(pending);
					pending.clear();
				}
				if ((i + 1) % 20 == 0) {
					log.info("  {} of {} pages: papergraph {} papers/s, raw {} papers/s", i + 1, pages.size(),
							Math.round(created / (ingestNanos / 1e9)),
							Math.round(Math.min(run.size(), (i + 1) * (long) SyntheticCorpus.PAGE_SIZE) / (rawNanos / 1e9)));
				}
			}
			check(raw.count("Paper"), run.size(), "the raw baseline");
			rawStore = raw.storeSize();
		}
		check(created, run.size(), "papergraph's ingest");
		check(data.papers(), run.size(), "papergraph's graph");
		StoreSize store = StoreSize.of(database.service());
		long heap = usedHeapAfterGc();
		double ingestSeconds = ingestNanos / 1e9;
		double rawSeconds = rawNanos / 1e9;

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
