package org.papergraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.papergraph.system.LimitsProperties;
import org.springframework.stereotype.Component;

/**
 * Writes the papers of one page into the graph in one transaction: batched, parameterized upserts on the unique
 * keys, one node per paper whatever its sources, and no write at all when the page or a paper is unchanged.
 */
@Component
public class PaperWriter {

	private static final int BATCH = 1_000;


	private final Driver driver;

	private final Duration writeTimeout;

	public PaperWriter(Driver driver, LimitsProperties limits) {
		this.driver = driver;
		this.writeTimeout = limits.writeTimeout();
	}

	/**
	 * Writes a page's papers, all or nothing, and links each to the source; repeating a write changes nothing.
	 *
	 * @param source where the page came from
	 * @param papers the page's papers
	 * @return what changed
	 */
	public WriteResult write(SourceRef source, List<PaperRecord> papers) {
		return write(source, papers, writeTimeout);
	}

	/**
	 * Writes a page's papers as {@link #write(SourceRef, List)} does, in a transaction that the database ends, and
	 * rolls back, when {@code timeout} (at most the write timeout) has passed.
	 */
	public WriteResult write(SourceRef source, List<PaperRecord> papers, Duration timeout) {
		TransactionConfig write = TransactionConfig.builder()
			.withTimeout(timeout.compareTo(writeTimeout) < 0 ? timeout : writeTimeout)
			.withMetadata(Map.of("app", "papergraph-ingest"))
			.build();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < papers.size(); i++) {
			rows.add(row(i, papers.get(i), source.rank()));
		}
		String pageHash = sha256(rows.stream().map(row -> (String) row.get("hash")).toList().toString());
		return Writes.inTransaction(driver, write, tx -> writePage(tx, source, rows, pageHash));
	}

	private WriteResult writePage(TransactionContext tx, SourceRef source, List<Map<String, Object>> rows,
			String pageHash) {
		List<Record> existingSource = tx.run("MATCH (s:Source {key: $key}) RETURN s.hash AS hash",
				Map.of("key", source.key())).list();
		if (!existingSource.isEmpty() && pageHash.equals(existingSource.get(0).get("hash").asString(null))) {
			return new WriteResult(0, 0, rows.size(), 0, List.of());
		}
		String now = ZonedDateTime.now(ZoneOffset.UTC).toString();
		tx.run("""
				MERGE (s:Source {key: $key})
				ON CREATE SET s.kind = $kind, s.location = $location, s.firstFetchedAt = datetime($now)
				SET s.fetchedAt = datetime($now), s.hash = $hash
				""", Map.of("key", source.key(), "kind", source.kind(), "location", source.location(), "now", now,
				"hash", pageHash)).consume();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		int linked = 0;
		List<String> ids = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = resolve(tx, source, rows.subList(from, Math.min(rows.size(), from + BATCH)));
			List<Map<String, Object>> creates = new ArrayList<>();
			List<Map<String, Object>> updates = new ArrayList<>();
			for (Map<String, Object> row : batch) {
				Object existingId = row.get("existingId");
				if (existingId == null) {
					creates.add(row);
				}
				else if (row.get("hash").equals(row.get("storedHash"))) {
					unchanged++;
					ids.add((String) row.get("finalId"));
				}
				else {
					updates.add(row);
				}
			}
			List<Map<String, Object>> written = new ArrayList<>(creates);
			written.addAll(updates);
			if (written.isEmpty()) {
				continue;
			}
			if (!creates.isEmpty()) {
				tx.run(CREATE_PAPERS, Map.of("rows", creates, "key", source.key())).consume();
			}
			if (!updates.isEmpty()) {
				tx.run(UPDATE_PAPERS, Map.of("rows", updates)).consume();
				tx.run(LINK_SOURCE, Map.of("rows", updates, "key", source.key())).consume();
			}
			tx.run(LINK_AUTHORS, Map.of("rows", written)).consume();
			if (written.stream().anyMatch(row -> !((List<?>) row.get("repositories")).isEmpty())) {
				linked += tx.run(LINK_REPOSITORIES, Map.of("rows", written)).consume().counters().relationshipsCreated();
			}
			created += creates.size();
			updated += updates.size();
			written.forEach(row -> ids.add((String) row.get("finalId")));
		}
		return new WriteResult(created, updated, unchanged, linked, ids);
	}

	private static List<Map<String, Object>> resolve(TransactionContext tx, SourceRef source,
			List<Map<String, Object>> rows) {
		List<Record> found = tx.run("""
				UNWIND $rows AS row
				OPTIONAL MATCH (byId:Paper {arxivId: row.arxivId})
				OPTIONAL MATCH (byTitle:Paper {titleKey: row.titleKey})
				WITH row, coalesce(byId, CASE WHEN byTitle.arxivId IS NULL OR row.arxivId IS NULL
				                              THEN byTitle END) AS p, byTitle
				OPTIONAL MATCH (p)-[f:FROM_SOURCE]->(:Source {key: $key})
				RETURN row.i AS i, p.id AS existingId, f.hash AS storedHash,
				       byTitle IS NOT NULL AND p IS NULL AS titleTaken
				""", Map.of("rows", rows, "key", source.key())).list();
		Map<Integer, Map<String, Object>> byIndex = new HashMap<>();
		rows.forEach(row -> byIndex.put((Integer) row.get("i"), row));
		List<Map<String, Object>> resolved = new ArrayList<>();
		for (Record record : found) {
			Map<String, Object> row = new HashMap<>(byIndex.get(record.get("i").asInt()));
			row.put("existingId", record.get("existingId").asString(null));
			row.put("storedHash", record.get("storedHash").asString(null));
			row.put("finalId", finalId((String) row.get("existingId"), (String) row.get("id")));
			if (record.get("titleTaken").asBoolean()) {
				// A different paper (another arXiv id) already has this title: keep both, told apart by id.
				row.put("titleKey", row.get("titleKey") + " " + row.get("arxivId"));
			}
			resolved.add(row);
		}
		return resolved;
	}

	/** The id a paper has after the write: the one it was first served with, whatever sources bring later. */
	private static String finalId(String existingId, String id) {
		return existingId == null ? id : existingId;
	}

	private static Map<String, Object> row(int index, PaperRecord paper, int rank) {
		Map<String, Object> props = new HashMap<>();
		props.put("title", paper.title());
		props.put("abstract", paper.abstractText());
		props.put("publishedAt", paper.publishedAt());
		props.put("upvotes", paper.upvotes());
		props.put("comments", paper.comments());
		props.put("aiSummary", paper.aiSummary());
		props.put("projectPage", paper.projectPage());
		props.put("organization", paper.organization());
		props.values().removeIf(java.util.Objects::isNull);
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
		List<Map<String, Object>> repositories = new ArrayList<>();
		for (RepositoryRef repository : paper.repositories()) {
			Map<String, Object> r = new HashMap<>();
			r.put("key", repository.key());
			r.put("url", repository.url());
			r.put("host", repository.host());
			r.put("owner", repository.owner());
			r.put("name", repository.name());
			r.put("path", repository.path());
			r.put("stars", repository.stars());
			r.put("official", repository.official());
			repositories.add(r);
		}
		Map<String, Object> row = new HashMap<>();
		row.put("i", index);
		row.put("id", paper.id());
		row.put("arxivId", paper.arxivId());
		row.put("titleKey", paper.titleKey());
		row.put("props", props);
		row.put("keywords", paper.keywords().stream().distinct().sorted().toList());
		row.put("authors", authors);
		row.put("repositories", repositories);
		row.put("hash", sha256(paper.toString()));
		row.put("rank", rank);
		return row;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	/** New papers, each linked to the page's source in the same statement (a new paper has no link to merge with). */
	private static final String CREATE_PAPERS = """
			MATCH (s:Source {key: $key})
			UNWIND $rows AS row
			CREATE (p:Paper {id: row.id})
			SET p += row.props, p.arxivId = row.arxivId, p.titleKey = row.titleKey, p.aiKeywords = row.keywords,
			    p.sourceRank = row.rank
			CREATE (p)-[:FROM_SOURCE {hash: row.hash}]->(s)
			""";

	/**
	 * A richer source adds to the node, whatever the order sources arrive in: descriptive facts come from the
	 * highest-ranked source that has them, counts (upvotes, comments) only grow, keywords accumulate (kept sorted, so
	 * the result does not depend on arrival order), and a paper first known by title gains its arXiv id as a field and
	 * a lookup key while keeping the id it was first served with.
	 */
	private static final String UPDATE_PAPERS = """
			UNWIND $rows AS row
			MATCH (p:Paper {id: row.existingId})
			CALL (p, row) {
			  UNWIND coalesce(p.aiKeywords, []) + row.keywords AS keyword
			  WITH DISTINCT keyword ORDER BY keyword
			  RETURN collect(keyword) AS keywords
			}
			WITH p, row, keywords, row.props AS n, row.rank >= coalesce(p.sourceRank, 0) AS ranks
			SET p.title = CASE WHEN ranks THEN coalesce(n.title, p.title) ELSE p.title END,
			    p.abstract = CASE WHEN ranks OR p.abstract IS NULL THEN coalesce(n.abstract, p.abstract) ELSE p.abstract END,
			    p.publishedAt = CASE WHEN ranks OR p.publishedAt IS NULL THEN coalesce(n.publishedAt, p.publishedAt)
			                         ELSE p.publishedAt END,
			    p.aiSummary = CASE WHEN ranks OR p.aiSummary IS NULL THEN coalesce(n.aiSummary, p.aiSummary) ELSE p.aiSummary END,
			    p.projectPage = CASE WHEN ranks OR p.projectPage IS NULL THEN coalesce(n.projectPage, p.projectPage)
			                         ELSE p.projectPage END,
			    p.organization = CASE WHEN ranks OR p.organization IS NULL THEN coalesce(n.organization, p.organization)
			                          ELSE p.organization END,
			    p.upvotes = CASE WHEN n.upvotes IS NOT NULL AND (p.upvotes IS NULL OR n.upvotes > p.upvotes)
			                     THEN n.upvotes ELSE p.upvotes END,
			    p.comments = CASE WHEN n.comments IS NOT NULL AND (p.comments IS NULL OR n.comments > p.comments)
			                      THEN n.comments ELSE p.comments END,
			    p.sourceRank = CASE WHEN ranks THEN row.rank ELSE p.sourceRank END,
			    p.aiKeywords = keywords,
			    p.arxivId = coalesce(p.arxivId, row.arxivId)
			""";

	private static final String LINK_AUTHORS = """
			UNWIND $rows AS row
			MATCH (p:Paper {id: row.finalId})
			UNWIND row.authors AS author
			MERGE (a:Author {key: author.key})
			ON CREATE SET a.name = author.name
			SET a.username = coalesce(author.username, a.username)
			MERGE (a)-[r:AUTHORED]->(p)
			SET r.position = author.position
			""";

	private static final String LINK_REPOSITORIES = """
			UNWIND $rows AS row
			MATCH (p:Paper {id: row.finalId})
			UNWIND row.repositories AS repo
			MERGE (r:Repository {key: repo.key})
			ON CREATE SET r.url = repo.url, r.host = repo.host, r.owner = repo.owner, r.name = repo.name
			SET r.stars = CASE WHEN repo.stars IS NOT NULL AND (r.stars IS NULL OR repo.stars > r.stars)
			                   THEN repo.stars ELSE r.stars END
			MERGE (p)-[h:HAS_CODE]->(r)
			SET h.official = coalesce(h.official, false) OR repo.official, h.path = coalesce(repo.path, h.path)
			""";

	private static final String LINK_SOURCE = """
			UNWIND $rows AS row
			MATCH (p:Paper {id: row.finalId})
			MATCH (s:Source {key: $key})
			MERGE (p)-[f:FROM_SOURCE]->(s)
			SET f.hash = row.hash
			""";

}
