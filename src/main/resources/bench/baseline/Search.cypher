// Hybrid search: the full-text and the vector ranking, fused by reciprocal rank (k = 60).
// $words: the query as a safe Lucene query; $vector: the query's embedding; $candidates: hits per ranking.
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
WITH hit.paper AS paper, sum(1.0 / (61 + hit.rank)) AS fused
WITH paper, round(fused, 6) AS score
ORDER BY score DESC, paper.id
LIMIT 10
RETURN collect({score: score, paper: paper {.id, .arxivId, .title}}) AS search
