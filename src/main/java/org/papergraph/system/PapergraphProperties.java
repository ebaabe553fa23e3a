package org.papergraph.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of papergraph, bound from {@code papergraph.*} (see {@code application.yaml} for their environment variables).
 *
 * @param neo4jUri an external Neo4j server; blank means the embedded database
 * @param dataDir where the embedded database keeps its store
 * @param boltPort the loopback Bolt port of the embedded database; 0 picks a free one
 * @param pageCache the embedded database's page cache size, in Neo4j's notation (for example {@code 512m})
 * @param apiKey the key that write operations require; blank means one is generated at start
 * @param sampleData whether an empty database is filled with the bundled sample on start
 * @param graphiql whether GraphiQL is served at {@code /graphiql}, from the application's own files
 * @param fetch the rules for fetching pages by URL
 * @param taxonomy where the topic taxonomy file is ({@code classpath:} or {@code file:})
 * @param derive when derived data (topics, keywords, embeddings, similarity, clusters) is updated
 */
@ConfigurationProperties("papergraph")
public record PapergraphProperties(
		String neo4jUri,
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("0") int boltPort,
		@DefaultValue("512m") String pageCache,
		String apiKey,
		@DefaultValue("true") boolean sampleData,
		@DefaultValue("true") boolean graphiql,
		@DefaultValue Fetch fetch,
		@DefaultValue("classpath:taxonomy/topics.yaml") String taxonomy,
		@DefaultValue Derive derive) {

	/** Whether papergraph runs its own database rather than connecting to a server. */
	public boolean embedded() {
		return neo4jUri == null || neo4jUri.isBlank();
	}

	/**
	 * How pages are fetched by URL.
	 *
	 * @param allowedHosts hosts that may be fetched (exact names)
	 * @param requireHttps refuse plain http
	 * @param blockPrivateAddresses refuse hosts that resolve to loopback, private, link-local or other non-public addresses
	 * @param timeout connect and read timeout of one request
	 * @param maxBodyBytes the largest page accepted; a larger one fails, it is never truncated
	 * @param maxRedirects redirects followed, each checked again against these rules
	 * @param politeDelay the pause between two requests to the same host
	 */
	public record Fetch(
			@DefaultValue({ "huggingface.co", "arxiv.org", "export.arxiv.org" }) List<String> allowedHosts,
			@DefaultValue("true") boolean requireHttps,
			@DefaultValue("true") boolean blockPrivateAddresses,
			@DefaultValue("8s") Duration timeout,
			@DefaultValue("5242880") long maxBodyBytes,
			@DefaultValue("3") int maxRedirects,
			@DefaultValue("1s") Duration politeDelay) {
	}

	/**
	 * When derived data follows ingested data.
	 *
	 * @param auto update topics, keywords, embeddings, similarity and clusters after each ingest; when off, only the
	 * {@code derive} and {@code topics} commands and mutations update them
	 */
	public record Derive(@DefaultValue("true") boolean auto) {
	}

}
