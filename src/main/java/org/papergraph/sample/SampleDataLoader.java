package org.papergraph.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.papergraph.ingest.IngestReport;
import org.papergraph.ingest.IngestService;
import org.papergraph.similarity.DeriveWorker;
import org.papergraph.system.PapergraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Fills an empty database with the bundled sample on start, unless {@code PAPERGRAPH_SAMPLE_DATA=false}: the arXiv
 * records of the papers of a Hugging Face Papers search for "infinite" (ids, authors, dates, code links), then the
 * search's listing itself (28 papers), then embeddings, similar papers and clusters. It runs before the service
 * reports itself ready, so the first answer after readiness is a complete one.
 */
@Component
@Profile("!command")
public class SampleDataLoader implements ApplicationRunner {

	/** The sample's files, in the order they are read: the richest source first, so papers take its ids. */
	static final List<String> FILES = List.of("sample/arxiv-infinite.atom", "sample/hf-papers-search-infinite.txt");

	private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

	private final IngestService ingest;

	private final DeriveWorker derive;

	private final Neo4jClient neo4j;

	private final PapergraphProperties properties;

	SampleDataLoader(IngestService ingest, DeriveWorker derive, Neo4jClient neo4j, PapergraphProperties properties) {
		this.ingest = ingest;
		this.derive = derive;
		this.neo4j = neo4j;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.sampleData()) {
			return;
		}
		long papers = neo4j.query("MATCH (p:Paper) RETURN count(p) AS papers").fetchAs(Long.class).one().orElse(0L);
		if (papers > 0) {
			return;
		}
		long started = System.nanoTime();
		int loaded = loadSample();
		derive.runNow();
		log.info("Loaded the bundled sample: {} papers, derived in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Ingests the bundled sample, whatever the graph holds, and answers how many papers it names; ingesting it again
	 * changes nothing.
	 */
	public int loadSample() {
		int papers = 0;
		for (String file : FILES) {
			IngestReport report = ingest.ingestText(read(file));
			papers = Math.max(papers, report.papers());
		}
		return papers;
	}

	private static String read(String file) {
		try {
			return new ClassPathResource(file).getContentAsString(UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled sample file " + file + " is missing from the build", ex);
		}
	}

}
