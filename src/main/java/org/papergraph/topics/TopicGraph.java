package org.papergraph.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.papergraph.graph.ClusterTopics;
import org.papergraph.graph.Writes;
import org.springframework.stereotype.Component;

/**
 * Keeps the taxonomy and the topic and keyword links of papers in the graph: the taxonomy as {@code Topic} nodes with
 * {@code SUBTOPIC_OF}, and per paper {@code HAS_TOPIC {score, evidence}} and {@code HAS_KEYWORD} links, with {@code
 * SIGNALS} from keywords to the topics they name. Next to its own topics, a paper has one {@code IN_TOPIC} link to each
 * of them and each of their broader topics, written in the same transaction: a topic's papers (subtopics included) are
 * then one hop away, and their count is the topic's degree. A keyword's label is the alphabetically first of its
 * spellings, so it does not depend on the order papers arrive in.
 */
@Component
public class TopicGraph {

	private static final int BATCH = 500;

	private static final TransactionConfig WRITE = TransactionConfig.builder().withTimeout(Duration.ofSeconds(60)).build();

	private final Driver driver;

	public TopicGraph(Driver driver) {
		this.driver = driver;
	}

	/** Makes the graph's topics equal the taxonomy: new ones added, changed ones updated, removed ones deleted. */
	public void syncTaxonomy(Taxonomy taxonomy) {
		List<Map<String, Object>> topics = new ArrayList<>();
		for (TaxonomyTopic topic : taxonomy.topics()) {
			Map<String, Object> row = new HashMap<>();
			row.put("slug", topic.slug());
			row.put("name", topic.name());
			row.put("description", topic.description());
			row.put("phrases", topic.phrases());
			row.put("parent", topic.parent());
			row.put("level", topic.level());
			topics.add(row);
		}
		Writes.inTransaction(driver, WRITE, tx -> {
			tx.run("""
					UNWIND $topics AS t
					MERGE (n:Topic {slug: t.slug})
					SET n.name = t.name, n.description = t.description, n.phrases = t.phrases, n.parent = t.parent,
					    n.level = t.level
					WITH n
					OPTIONAL MATCH (n)-[old:SUBTOPIC_OF]->()
					DELETE old
					""", Map.of("topics", topics)).consume();
			tx.run("""
					UNWIND $topics AS t
					MATCH (child:Topic {slug: t.slug}), (parent:Topic {slug: t.parent})
					MERGE (child)-[:SUBTOPIC_OF]->(parent)
					""", Map.of("topics", topics)).consume();
			tx.run("MATCH (t:Topic) WHERE NOT t.slug IN $slugs DETACH DELETE t",
					Map.of("slugs", topics.stream().map(t -> t.get("slug")).toList())).consume();
			tx.run("""
					MERGE (v:TaxonomyVersion {id: 'current'})
					SET v.hash = $hash
					""", Map.of("hash", taxonomy.hash())).consume();
			return null;
		});
	}

	/** The hash of the taxonomy the papers' topics were last assigned with, if any. */
	public Optional<String> assignedTaxonomyHash() {
		try (Session session = driver.session()) {
			List<Record> rows = session.executeRead(tx -> tx
				.run("MATCH (v:TaxonomyVersion {id: 'current'}) RETURN v.assignedHash AS hash").list());
			return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0).get("hash").asString(null));
		}
	}

	/**
	 * Records that every paper's topics now follow this taxonomy, and finds each cluster's dominant topics again from
	 * them.
	 */
	public void markAssigned(Taxonomy taxonomy) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						MERGE (v:TaxonomyVersion {id: 'current'})
						SET v.assignedHash = $hash
						""", Map.of("hash", taxonomy.hash())).consume();
				ClusterTopics.relink(tx);
			});
		}
	}

	/** The text of papers, for assignment: by ids, or the page of all papers after an id (keyset). */
	public List<PaperText> papers(List<String> ids) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("""
					UNWIND $ids AS id
					MATCH (p:Paper {id: id})
					RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.aiKeywords AS keywords,
					       p.embedding AS embedding
					""", Map.of("ids", ids)).list(TopicGraph::paperText));
		}
	}

	/** Up to {@value #BATCH} papers after the given id, in id order. */
	public List<PaperText> papersAfter(String afterId) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (p:Paper) WHERE p.id > $after
					RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.aiKeywords AS keywords,
					       p.embedding AS embedding
					ORDER BY p.id LIMIT $limit
					""", Map.of("after", afterId, "limit", BATCH)).list(TopicGraph::paperText));
		}
	}

	/**
	 * Replaces the topic and keyword links of the given papers, in one transaction. The paper nodes are locked first so
	 * that concurrent assignments of the same paper serialize instead of duplicating links.
	 *
	 * @return the number of topic links written
	 */
	public int write(List<PaperAssignment> assignments, TopicAssigner assigner) {
		if (assignments.isEmpty()) {
			return 0;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		Map<String, String> keywordLabels = new LinkedHashMap<>();
		int links = 0;
		for (PaperAssignment assignment : assignments) {
			List<Map<String, Object>> topics = new ArrayList<>();
			for (TopicScore topic : assignment.topics()) {
				topics.add(Map.of("slug", topic.slug(), "score", topic.score(), "evidence", topic.evidence(), "method",
						topic.method()));
			}
			List<Map<String, Object>> keywords = new ArrayList<>();
			for (PaperKeyword keyword : assignment.keywords()) {
				keywords.add(Map.of("key", keyword.key(), "label", keyword.label(), "origin", keyword.origin()));
				keywordLabels.putIfAbsent(keyword.key(), keyword.label());
			}
			rows.add(Map.of("id", assignment.paperId(), "topics", topics, "keywords", keywords));
			links += topics.size();
		}
		List<Map<String, Object>> signals = new ArrayList<>();
		for (String key : keywordLabels.keySet()) {
			for (String slug : assigner.signals(key)) {
				signals.add(Map.of("key", key, "slug", slug));
			}
		}
		List<String> ids = assignments.stream().map(PaperAssignment::paperId).sorted().toList();
		Writes.inTransaction(driver, WRITE, tx -> {
			tx.run("""
					UNWIND $ids AS id
					MATCH (p:Paper {id: id})
					SET p.topicsAssigned = true
					WITH p
					MATCH (p)-[r:HAS_TOPIC|IN_TOPIC|HAS_KEYWORD]->(target)
					DELETE r
					WITH DISTINCT target WHERE target:Keyword AND NOT EXISTS { (target)<-[:HAS_KEYWORD]-() }
					DETACH DELETE target
					""", Map.of("ids", ids)).consume();
			tx.run("""
					UNWIND $rows AS row
					MATCH (p:Paper {id: row.id})
					CALL (p, row) {
					  UNWIND row.topics AS t
					  MATCH (topic:Topic {slug: t.slug})
					  CREATE (p)-[:HAS_TOPIC {score: t.score, evidence: t.evidence, method: t.method}]->(topic)
					}
					CALL (p) {
					  MATCH (p)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(topic:Topic)
					  WITH DISTINCT topic
					  CREATE (p)-[:IN_TOPIC]->(topic)
					}
					CALL (p, row) {
					  UNWIND row.keywords AS k
					  MERGE (kw:Keyword {key: k.key})
					  SET kw.label = CASE WHEN kw.label IS NULL OR k.label < kw.label THEN k.label ELSE kw.label END
					  CREATE (p)-[:HAS_KEYWORD {origin: k.origin}]->(kw)
					}
					""", Map.of("rows", rows)).consume();
			tx.run("""
					UNWIND $signals AS s
					MATCH (kw:Keyword {key: s.key}), (t:Topic {slug: s.slug})
					MERGE (kw)-[:SIGNALS]->(t)
					""", Map.of("signals", signals)).consume();
			return null;
		});
		return links;
	}

	/** How many keywords the graph holds. */
	public int keywordCount() {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (k:Keyword) RETURN count(k) AS n").single().get("n").asInt());
		}
	}

	private static PaperText paperText(Record record) {
		Value keywords = record.get("keywords");
		Value embedding = record.get("embedding");
		float[] vector = null;
		if (!embedding.isNull()) {
			List<Float> values = embedding.asList(Value::asFloat);
			vector = new float[values.size()];
			for (int i = 0; i < vector.length; i++) {
				vector[i] = values.get(i);
			}
		}
		return new PaperText(record.get("id").asString(), record.get("title").asString(""),
				record.get("abstract").asString(null), keywords.isNull() ? List.of() : keywords.asList(Value::asString),
				vector);
	}

	/** A paper's text and, once computed, its embedding, as topic assignment reads them. */
	public record PaperText(String id, String title, String abstractText, List<String> keywords, float[] embedding) {
	}

	/** A paper's computed topics and keywords. */
	public record PaperAssignment(String paperId, List<TopicScore> topics, List<PaperKeyword> keywords) {
	}

}
