package org.papergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;

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
 * Fills an empty database with the bundled sample (a Hugging Face Papers search for "infinite", 28 papers) on
 * start, unless {@code PAPERGRAPH_SAMPLE_DATA=false}.
 */
@Component
@Profile("!command")
public class SampleDataLoader implements ApplicationRunner {

	static final String SAMPLE = "sample/hf-papers-search-infinite.txt";

	private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

	private final IngestService ingest;

	private final Neo4jClient neo4j;

	private final PapergraphProperties properties;

	SampleDataLoader(IngestService ingest, Neo4jClient neo4j, PapergraphProperties properties) {
		this.ingest = ingest;
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
		IngestReport report = loadSample();
		log.info("Loaded the sample data: {} papers, {} repository links", report.papers(), report.repositoriesLinked());
	}

	/** Ingests the bundled sample listing, whatever the graph holds; ingesting it again changes nothing. */
	public IngestReport loadSample() {
		String text;
		try {
			text = new ClassPathResource(SAMPLE).getContentAsString(UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled sample is missing from the build", ex);
		}
		return ingest.ingestListing(SourceKind.TEXT.at("sample:" + SAMPLE), TextListingParser.parse(text));
	}

}
