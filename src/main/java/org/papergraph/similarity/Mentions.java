package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code (a)-[:MENTIONS {phrase}]->(b)}: paper a's abstract names paper b (see {@link MentionFinder} for
 * what counts as a name). Recomputed over the whole graph; only the difference is written, in one transaction.
 */
@Component
class Mentions {

	private static final int PAGE = 2_000;

	private final Driver driver;

	Mentions(Driver driver) {
		this.driver = driver;
	}

	/** How many mention links the graph holds (from the count store). */
	long count() {
		try (var session = driver.session()) {
			return session.run("MATCH ()-[m:MENTIONS]->() RETURN count(m) AS links").single().get("links").asLong();
		}
	}

	/** Finds every mention and makes the graph's {@code MENTIONS} links match; returns how many links there are. */
	long recompute() {
		Map<String, List<String>> namesByPaper = new HashMap<>();
		forEachPaper(paper -> {
			List<String> names = MentionFinder.names(paper.get("title").asString(null),
					paper.get("abstract").asString(null));
			if (!names.isEmpty()) {
				namesByPaper.put(paper.get("id").asString(), names);
			}
		});
		Map<String, String> index = MentionFinder.index(namesByPaper);
		Set<List<String>> wanted = new HashSet<>();
		forEachPaper(paper -> {
			String id = paper.get("id").asString();
			MentionFinder.mentions(id, paper.get("abstract").asString(null), index)
				.forEach((other, phrase) -> wanted.add(List.of(id, other, phrase)));
		});
		try (Session session = driver.session()) {
			return session.executeWrite(tx -> {
				Set<List<String>> existing = new HashSet<>(tx.run("""
						MATCH (a:Paper)-[m:MENTIONS]->(b:Paper)
						RETURN a.id AS from, b.id AS to, coalesce(m.phrase, '') AS phrase
						""").list(r -> List.of(r.get("from").asString(), r.get("to").asString(), r.get("phrase").asString())));
				List<Map<String, String>> removed = rows(existing, wanted);
				List<Map<String, String>> added = rows(wanted, existing);
				tx.run("""
						UNWIND $rows AS row
						MATCH (:Paper {id: row.from})-[m:MENTIONS]->(:Paper {id: row.to})
						WHERE coalesce(m.phrase, '') = row.phrase
						DELETE m
						""", Map.of("rows", removed)).consume();
				tx.run("""
						UNWIND $rows AS row
						MATCH (a:Paper {id: row.from})
						MATCH (b:Paper {id: row.to})
						CREATE (a)-[:MENTIONS {phrase: row.phrase}]->(b)
						""", Map.of("rows", added)).consume();
				return tx.run("MATCH ()-[m:MENTIONS]->() RETURN count(m) AS n").single().get("n").asLong();
			});
		}
	}

	private static List<Map<String, String>> rows(Set<List<String>> links, Set<List<String>> except) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> link : links) {
			if (!except.contains(link)) {
				rows.add(Map.of("from", link.get(0), "to", link.get(1), "phrase", link.get(2)));
			}
		}
		return rows;
	}

	private void forEachPaper(Consumer<Record> action) {
		try (Session session = driver.session()) {
			String after = "";
			while (true) {
				String from = after;
				List<Record> page = session.executeRead(tx -> tx.run("""
						MATCH (p:Paper) WHERE p.id > $after
						RETURN p.id AS id, p.title AS title, p.abstract AS abstract
						ORDER BY p.id LIMIT $limit
						""", Map.of("after", from, "limit", PAGE)).list());
				if (page.isEmpty()) {
					return;
				}
				page.forEach(action);
				after = page.get(page.size() - 1).get("id").asString();
			}
		}
	}

}
