package org.papergraph.similarity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Keeps every paper's embedding ({@code p.embedding}, in the {@code paper_embedding} vector index) in step with its
 * title and abstract: embeds papers that have none, a batch at a time, and drops embeddings whose text changed.
 */
@Component
class PaperEmbeddings {

	private static final int PAGE = 2_000;

	private final Driver driver;

	private final Embedder embedder;

	private final SimilarityProperties properties;

	PaperEmbeddings(Driver driver, Embedder embedder, SimilarityProperties properties) {
		this.driver = driver;
		this.embedder = embedder;
		this.properties = properties;
	}

	/** Embeds up to one batch of papers without an embedding and stores the vectors; returns their ids. */
	List<String> embedNextBatch() {
		List<Record> papers;
		try (Session session = driver.session()) {
			papers = session.executeRead(tx -> tx.run("""
					MATCH (p:Paper) WHERE p.embedding IS NULL
					RETURN p.id AS id, p.title AS title, p.abstract AS abstract
					ORDER BY p.id LIMIT $limit
					""", Map.of("limit", properties.batchSize())).list());
		}
		if (papers.isEmpty()) {
			return List.of();
		}
		List<String> texts = papers.stream()
			.map(r -> Embedder.paperText(r.get("title").asString(""), r.get("abstract").asString(null),
					properties.maxTextChars()))
			.toList();
		List<float[]> vectors = embedder.embedAll(texts);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < papers.size(); i++) {
			rows.add(Map.of("id", papers.get(i).get("id").asString(), "vector", vectors.get(i), "hash",
					hash(texts.get(i))));
		}
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					UNWIND $rows AS row
					MATCH (p:Paper {id: row.id})
					CALL db.create.setNodeVectorProperty(p, 'embedding', row.vector)
					SET p.embeddedText = row.hash
					""", Map.of("rows", rows)).consume());
		}
		return rows.stream().map(row -> (String) row.get("id")).toList();
	}

	/**
	 * Drops the embeddings of papers whose title or abstract changed since they were embedded, so they are embedded
	 * again; {@code null} checks every paper.
	 *
	 * @return how many embeddings were dropped
	 */
	int dropStale(Collection<String> ids) {
		int dropped = 0;
		if (ids != null) {
			for (List<String> part : partition(List.copyOf(ids))) {
				dropped += dropStale(readTexts("""
						UNWIND $ids AS id
						MATCH (p:Paper {id: id}) WHERE p.embedding IS NOT NULL
						""", Map.of("ids", part)));
			}
			return dropped;
		}
		String after = "";
		while (true) {
			List<Record> page = readTexts("""
					MATCH (p:Paper) WHERE p.id > $after AND p.embedding IS NOT NULL
					""", Map.of("after", after));
			if (page.isEmpty()) {
				return dropped;
			}
			dropped += dropStale(page);
			after = page.get(page.size() - 1).get("id").asString();
		}
	}

	private List<Record> readTexts(String match, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(match + """
					RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.embeddedText AS hash
					ORDER BY p.id LIMIT %d
					""".formatted(PAGE), parameters).list());
		}
	}

	private int dropStale(List<Record> papers) {
		List<String> stale = new ArrayList<>();
		for (Record paper : papers) {
			String text = Embedder.paperText(paper.get("title").asString(""), paper.get("abstract").asString(null),
					properties.maxTextChars());
			if (!hash(text).equals(paper.get("hash").asString(null))) {
				stale.add(paper.get("id").asString());
			}
		}
		if (!stale.isEmpty()) {
			try (Session session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run("""
						UNWIND $ids AS id
						MATCH (p:Paper {id: id})
						SET p.embedding = null, p.embeddedText = null
						""", Map.of("ids", stale)).consume());
			}
		}
		return stale.size();
	}

	/** Papers still waiting for an embedding. */
	long pending() {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (p:Paper) WHERE p.embedding IS NULL RETURN count(p) AS n")
				.single()
				.get("n")
				.asLong());
		}
	}

	private static List<List<String>> partition(List<String> ids) {
		List<List<String>> parts = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += PAGE) {
			parts.add(ids.subList(from, Math.min(ids.size(), from + PAGE)));
		}
		return parts;
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
