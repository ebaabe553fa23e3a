package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.PaperReader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Ranks the papers related to each of a list of papers in one query: candidates are the similar, mentioned and
 * mentioning papers and those sharing an author, repository, keyword or topic (groups larger than
 * {@value #FANOUT} papers propose no candidates), each scored by {@link RelatedBlend}; only the papers kept are then
 * loaded, in one more query.
 */
@Component
class RelatedPapers {

	/** Groups (topics, keywords, authors, repositories) with more papers than this propose no candidates. */
	static final int FANOUT = 200;

	private final Neo4jClient neo4j;

	private final PaperReader reader;

	RelatedPapers(Neo4jClient neo4j, PaperReader reader) {
		this.neo4j = neo4j;
		this.reader = reader;
	}

	/** The related papers of each paper, the most related first, at most {@code limit} each; by paper id. */
	Map<String, List<RelatedPaper>> forPapers(Collection<String> ids, int limit) {
		Map<String, List<RelatedBlend.Score>> scored = new HashMap<>();
		ids.forEach(id -> scored.put(id, new ArrayList<>()));
		if (ids.isEmpty()) {
			return new HashMap<>();
		}
		neo4j.query("""
				UNWIND $ids AS id
				MATCH (p:Paper {id: id})
				CALL (p) {
				  MATCH (p)-[:SIMILAR_TO]-(q:Paper) RETURN q
				  UNION
				  MATCH (p)-[:MENTIONS]-(q:Paper) RETURN q
				  UNION
				  MATCH (p)<-[:AUTHORED]-(a:Author)-[:AUTHORED]->(q:Paper)
				  WHERE COUNT { (a)-[:AUTHORED]->(:Paper) } <= $fanout RETURN q
				  UNION
				  MATCH (p)-[:HAS_CODE]->(r:Repository)<-[:HAS_CODE]-(q:Paper)
				  WHERE COUNT { (r)<-[:HAS_CODE]-(:Paper) } <= $fanout RETURN q
				  UNION
				  MATCH (p)-[:HAS_KEYWORD]->(k:Keyword)<-[:HAS_KEYWORD]-(q:Paper)
				  WHERE COUNT { (k)<-[:HAS_KEYWORD]-(:Paper) } <= $fanout RETURN q
				  UNION
				  MATCH (p)-[:HAS_TOPIC]->(t:Topic)<-[:HAS_TOPIC]-(q:Paper)
				  WHERE COUNT { (t)<-[:HAS_TOPIC]-(:Paper) } <= $fanout RETURN q
				}
				WITH p, q WHERE q <> p
				OPTIONAL MATCH (p)-[s:SIMILAR_TO]-(q)
				WITH p, q, max(s.score) AS linked
				RETURN p.id AS id, q.id AS candidate,
				       coalesce(linked, CASE WHEN p.embedding IS NULL OR q.embedding IS NULL THEN null
				                        ELSE 2 * vector.similarity.cosine(p.embedding, q.embedding) - 1 END) AS cosine,
				       [(p)-[hp:HAS_TOPIC]->(t:Topic)<-[hq:HAS_TOPIC]-(q) |
				          {slug: t.slug, score: CASE WHEN coalesce(hp.score, 1.0) < coalesce(hq.score, 1.0)
				                                     THEN coalesce(hp.score, 1.0) ELSE coalesce(hq.score, 1.0) END}] AS topics,
				       [(p)-[:HAS_KEYWORD]->(k:Keyword)<-[:HAS_KEYWORD]-(q) | coalesce(k.label, k.key)] AS keywords,
				       [(p)<-[:AUTHORED]-(a:Author)-[:AUTHORED]->(q) | a.name] AS authors,
				       [(p)-[:HAS_CODE]->(r:Repository)<-[:HAS_CODE]-(q) | r.key] AS repositories,
				       [(p)-[m:MENTIONS]->(q) | m.phrase] AS mentioned,
				       [(q)-[m:MENTIONS]->(p) | m.phrase] AS mentionedBy
				""")
			.bindAll(Map.of("ids", List.copyOf(ids), "fanout", FANOUT))
			.fetchAs(Scored.class)
			.mappedBy((types, row) -> new Scored(row.get("id").asString(), RelatedBlend.score(new RelatedBlend.Signals(
					row.get("candidate").asString(),
					row.get("cosine").isNull() ? null : row.get("cosine").asDouble(),
					row.get("topics").asList(t -> new RelatedBlend.SharedTopic(t.get("slug").asString(),
							t.get("score").asDouble())),
					strings(row.get("keywords")), strings(row.get("authors")), strings(row.get("repositories")),
					strings(row.get("mentioned")), strings(row.get("mentionedBy"))))))
			.all()
			.forEach(row -> scored.get(row.paperId()).add(row.score()));
		scored.replaceAll((id, list) -> list.stream()
			.filter(score -> score.score() > 0)
			.sorted(Comparator.comparingDouble(RelatedBlend.Score::score).reversed()
				.thenComparing(RelatedBlend.Score::candidate))
			.limit(limit)
			.toList());
		Map<String, PaperNode> papers = new HashMap<>();
		papers.putAll(reader.byIds(scored.values().stream().flatMap(List::stream).map(RelatedBlend.Score::candidate)
			.distinct().toList()).stream().collect(Collectors.toMap(PaperNode::id, Function.identity())));
		Map<String, List<RelatedPaper>> related = new HashMap<>();
		scored.forEach((id, list) -> related.put(id, list.stream()
			.filter(score -> papers.containsKey(score.candidate()))
			.map(score -> new RelatedPaper(papers.get(score.candidate()), score.score(), score.reasons()))
			.toList()));
		return related;
	}

	/** A candidate scored for one paper. */
	private record Scored(String paperId, RelatedBlend.Score score) {
	}

	private static List<String> strings(Value list) {
		return list.asList(v -> v.asString(""));
	}

}
