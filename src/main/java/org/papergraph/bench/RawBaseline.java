package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.io.ByteUnit;
import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;

/**
 * The ingest baseline: a plain batched {@code UNWIND ... MERGE} of paper records (papers with their keywords, authors,
 * repositories; 1,000 papers per transaction) through the driver into a fresh embedded Neo4j of its own, configured
 * like papergraph's, with only the uniqueness constraints the merges need. Keywords are written the way papergraph's
 * ingest writes them: as a list on the paper, or as {@code Keyword} nodes once papergraph writes those.
 */
final class RawBaseline implements AutoCloseable {

	static final int BATCH = 1_000;

	private static final List<String> SCHEMA = List.of(
			"CREATE CONSTRAINT raw_paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE",
			"CREATE CONSTRAINT raw_author_key IF NOT EXISTS FOR (a:Author) REQUIRE a.key IS UNIQUE",
			"CREATE CONSTRAINT raw_keyword_key IF NOT EXISTS FOR (k:Keyword) REQUIRE k.key IS UNIQUE",
			"CREATE CONSTRAINT raw_repository_key IF NOT EXISTS FOR (r:Repository) REQUIRE r.key IS UNIQUE");

	private static final String PAPERS = """
			UNWIND $rows AS row
			MERGE (p:Paper {id: row.id})
			SET p.arxivId = row.id, p.title = row.title, p.titleKey = row.titleKey, p.abstract = row.abstract,
			    p.publishedAt = row.publishedAt, p.upvotes = row.upvotes, p.comments = row.comments,
			    p.aiSummary = row.aiSummary, p.projectPage = row.projectPage, p.organization = row.organization,
			    p.aiKeywords = row.keywordList
			""";

	private static final String AUTHORS = """
			UNWIND $rows AS row
			MATCH (p:Paper {id: row.id})
			UNWIND row.authors AS author
			MERGE (a:Author {key: author.key})
			ON CREATE SET a.name = author.name, a.username = author.username
			MERGE (a)-[r:AUTHORED]->(p)
			SET r.position = author.position
			""";

	private static final String KEYWORDS = """
			UNWIND $rows AS row
			MATCH (p:Paper {id: row.id})
			UNWIND row.keywords AS keyword
			MERGE (k:Keyword {key: keyword.key})
			ON CREATE SET k.label = keyword.label
			MERGE (p)-[:HAS_KEYWORD]->(k)
			""";

	private static final String REPOSITORIES = """
			UNWIND $rows AS row
			MATCH (p:Paper {id: row.id})
			UNWIND row.repositories AS repo
			MERGE (r:Repository {key: repo.key})
			ON CREATE SET r.url = repo.url, r.host = repo.host, r.owner = repo.owner, r.name = repo.name
			SET r.stars = repo.stars
			MERGE (p)-[h:HAS_CODE]->(r)
			SET h.official = repo.official
			""";

	private final DatabaseManagementService service;

	private final Driver driver;

	private final boolean keywordNodes;

	private RawBaseline(DatabaseManagementService service, Driver driver, boolean keywordNodes) {
		this.service = service;
		this.driver = driver;
		this.keywordNodes = keywordNodes;
	}

	/**
	 * Starts a fresh database in {@code home} with the given page cache (Neo4j notation, for example 512m).
	 *
	 * @param keywordNodes write keywords as {@code Keyword} nodes linked by {@code HAS_KEYWORD} rather than as a list
	 * on the paper
	 */
	static RawBaseline start(Path home, String pageCache, boolean keywordNodes) {
		int port = freeLoopbackPort();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			.build();
		Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
		try (Session session = driver.session()) {
			for (String statement : SCHEMA) {
				session.run(statement).consume();
			}
			session.run("CALL db.awaitIndexes(300)").consume();
		}
		return new RawBaseline(service, driver, keywordNodes);
	}

	/** Writes the papers in batches of {@link #BATCH} and returns the nanoseconds spent in write transactions. */
	long write(Iterator<PaperRecord> papers) {
		long nanos = 0;
		List<PaperRecord> batch = new ArrayList<>(BATCH);
		while (papers.hasNext()) {
			batch.add(papers.next());
			if (batch.size() == BATCH || !papers.hasNext()) {
				nanos += writeBatch(batch);
				batch.clear();
			}
		}
		return nanos;
	}

	/**
	 * Writes papers in one transaction and returns the nanoseconds spent in it (turning records into parameters is
	 * not counted).
	 */
	long writeBatch(List<PaperRecord> papers) {
		List<Map<String, Object>> rows = new ArrayList<>(papers.size());
		for (PaperRecord paper : papers) {
			rows.add(row(paper));
		}
		Map<String, Object> parameters = Map.of("rows", rows);
		long started = System.nanoTime();
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run(PAPERS, parameters).consume();
				tx.run(AUTHORS, parameters).consume();
				if (keywordNodes) {
					tx.run(KEYWORDS, parameters).consume();
				}
				tx.run(REPOSITORIES, parameters).consume();
			});
		}
		return System.nanoTime() - started;
	}

	/** Deletes everything written so far, keeping the schema. */
	void clear() {
		try (Session session = driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
		}
	}

	/** The number of nodes with a label. */
	long count(String label) {
		try (Session session = driver.session()) {
			return session.run("MATCH (n:" + label + ") RETURN count(n) AS n").single().get("n").asLong();
		}
	}

	/** The store's size on disk, after a checkpoint. */
	StoreSize storeSize() {
		return StoreSize.of(service);
	}

	@Override
	public void close() {
		driver.close();
		service.shutdown();
	}

	private Map<String, Object> row(PaperRecord paper) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", paper.id());
		row.put("title", paper.title());
		row.put("titleKey", paper.titleKey());
		row.put("abstract", paper.abstractText());
		row.put("publishedAt", paper.publishedAt());
		row.put("upvotes", paper.upvotes());
		row.put("comments", paper.comments());
		row.put("aiSummary", paper.aiSummary());
		row.put("projectPage", paper.projectPage());
		row.put("organization", paper.organization());
		List<Map<String, Object>> authors = new ArrayList<>();
		for (int position = 0; position < paper.authors().size(); position++) {
			AuthorRef author = paper.authors().get(position);
			Map<String, Object> a = new HashMap<>();
			a.put("key", author.key());
			a.put("name", author.name());
			a.put("username", author.username());
			a.put("position", position);
			authors.add(a);
		}
		row.put("authors", authors);
		if (keywordNodes) {
			row.put("keywords", paper.keywords().stream()
				.map(label -> Map.of("key", label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip(),
						"label", label))
				.toList());
		}
		else {
			row.put("keywordList", paper.keywords());
		}
		List<Map<String, Object>> repositories = new ArrayList<>();
		for (RepositoryRef repository : paper.repositories()) {
			Map<String, Object> r = new HashMap<>();
			r.put("key", repository.key());
			r.put("url", repository.url());
			r.put("host", repository.host());
			r.put("owner", repository.owner());
			r.put("name", repository.name());
			r.put("stars", repository.stars());
			r.put("official", repository.official());
			repositories.add(r);
		}
		row.put("repositories", repositories);
		return row;
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for the baseline database", ex);
		}
	}

}
