package org.papergraph.similarity;

import java.util.List;
import java.util.Map;

import org.papergraph.api.BadRequestException;
import org.papergraph.graph.Decimals;
import org.papergraph.graph.Embedder;
import org.papergraph.graph.FullTextQuery;
import org.papergraph.graph.PaperNode;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Searches papers by words (the {@code paper_text} full-text index, with the query neutralized by
 * {@link FullTextQuery}), by meaning (the query embedded and looked up in the {@code paper_embedding} vector index,
 * scored by cosine similarity), or both fused by reciprocal rank (k = 60).
 */
@Service
public class SearchService {

	/** The longest query accepted, in characters. */
	public static final int MAX_QUERY_CHARS = 200;

	/** The constant of reciprocal rank fusion: a hit at rank r adds 1 / (60 + r). */
	static final int RRF_K = 60;

	/** How many neighbours each search asks the approximate vector index (and the full-text index) for, at least. */
	private static final int CANDIDATES = 50;

	private final Neo4jClient neo4j;

	private final Embedder embedder;

	public SearchService(Neo4jClient neo4j, Embedder embedder) {
		this.neo4j = neo4j;
		this.embedder = embedder;
	}

	/**
	 * Papers matching the query, the best first.
	 *
	 * @param query free text; any characters, at most {@value #MAX_QUERY_CHARS}
	 * @param mode how to match
	 * @param first how many hits, already validated
	 */
	public List<SearchHit> search(String query, SearchMode mode, int first) {
		return search(query, mode, first, true);
	}

	/** Papers matching the query, the best first; their long texts (abstract, summary) only when {@code withTexts}. */
	public List<SearchHit> search(String query, SearchMode mode, int first, boolean withTexts) {
		if (query == null) {
			throw new BadRequestException("query is required");
		}
		if (query.length() > MAX_QUERY_CHARS) {
			throw new BadRequestException("query must be at most " + MAX_QUERY_CHARS + " characters, got " + query.length());
		}
		if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
			// Nothing to match by words or by meaning: white space of any kind, punctuation, symbols.
			return List.of();
		}
		return switch (mode == null ? SearchMode.HYBRID : mode) {
			case KEYWORD -> keyword(query, first, withTexts);
			case SEMANTIC -> semantic(query, first, withTexts);
			case HYBRID -> hybrid(query, first, withTexts);
		};
	}

	private List<SearchHit> keyword(String query, int limit, boolean withTexts) {
		String lucene = FullTextQuery.of(query).orElse("");
		if (lucene.isEmpty()) {
			return List.of();
		}
		return neo4j.query("""
				CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node, score
				RETURN node {%s} AS paper, score
				ORDER BY score DESC, node.id
				""".formatted(PaperNode.projection(withTexts)))
			.bindAll(Map.of("query", lucene, "limit", limit))
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> new SearchHit(round(row.get("score").asDouble()), PaperNode.from(row.get("paper"))))
			.all()
			.stream()
			.toList();
	}

	/**
	 * The vector index is approximate: asked for exactly {@code limit} neighbours it can miss close ones (more so
	 * after many deletions), so it is asked for a wider candidate list that is then ranked exactly.
	 */
	private List<SearchHit> semantic(String query, int limit, boolean withTexts) {
		List<Double> vector = embedder.embedAsList(query);
		return neo4j.query("""
				CALL db.index.vector.queryNodes('paper_embedding', $candidates, $vector) YIELD node
				WITH node, 2 * vector.similarity.cosine(node.embedding, $vector) - 1 AS score
				ORDER BY score DESC, node.id
				LIMIT $limit
				RETURN node {%s} AS paper, score
				""".formatted(PaperNode.projection(withTexts)))
			.bindAll(Map.of("vector", vector, "limit", limit, "candidates",
					Math.max(CANDIDATES, 2 * limit)))
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> new SearchHit(round(row.get("score").asDouble()), PaperNode.from(row.get("paper"))))
			.all()
			.stream()
			.toList();
	}

	private static double round(double score) {
		return Decimals.round(score, 4);
	}

	/** Both rankings and their fusion in one query; only the papers kept are projected. */
	private List<SearchHit> hybrid(String query, int first, boolean withTexts) {
		String words = FullTextQuery.of(query).orElseThrow();
		return neo4j.query("""
				CALL () {
				  CALL db.index.fulltext.queryNodes('paper_text', $words, {limit: $candidates}) YIELD node, score
				  WITH node ORDER BY score DESC, node.id
				  RETURN collect(node) AS byWords
				}
				CALL () {
				  CALL db.index.vector.queryNodes('paper_embedding', $candidates, $vector) YIELD node
				  WITH node ORDER BY 2 * vector.similarity.cosine(node.embedding, $vector) - 1 DESC, node.id
				  RETURN collect(node) AS byMeaning
				}
				UNWIND [i IN range(0, size(byWords) - 1) | {paper: byWords[i], rank: i}]
				     + [i IN range(0, size(byMeaning) - 1) | {paper: byMeaning[i], rank: i}] AS hit
				WITH hit.paper AS paper, sum(1.0 / ($k + 1 + hit.rank)) AS fused
				WITH paper, round(fused, 6) AS score
				ORDER BY score DESC, paper.id
				LIMIT $first
				RETURN paper {%s} AS paper, score
				""".formatted(PaperNode.projection(withTexts)))
			.bindAll(Map.of("words", words, "vector", embedder.embedAsList(query), "candidates",
					Math.max(CANDIDATES, 2 * first), "k", RRF_K, "first", first))
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> new SearchHit(row.get("score").asDouble(), PaperNode.from(row.get("paper"))))
			.all()
			.stream()
			.toList();
	}

}
