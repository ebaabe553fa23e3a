// One paper with its authors, keywords, topics, repositories, cluster and five related papers with reasons,
// scored by the documented blend. $id: a paper id or arXiv id.
OPTIONAL MATCH (byId:Paper {id: $id})
OPTIONAL MATCH (byArxiv:Paper {arxivId: $id})
WITH coalesce(byId, byArxiv) AS p
CALL (p) {
  WITH p WHERE p IS NOT NULL
  CALL (p) {
    MATCH (p)-[:SIMILAR_TO]-(q:Paper) RETURN q
    UNION
    MATCH (p)-[:MENTIONS]-(q:Paper) RETURN q
    UNION
    MATCH (p)<-[:AUTHORED]-(a:Author)-[:AUTHORED]->(q:Paper)
    WHERE COUNT { (a)-[:AUTHORED]->(:Paper) } <= 200 RETURN q
    UNION
    MATCH (p)-[:HAS_CODE]->(r:Repository)<-[:HAS_CODE]-(q:Paper)
    WHERE COUNT { (r)<-[:HAS_CODE]-(:Paper) } <= 200 RETURN q
    UNION
    MATCH (p)-[:HAS_KEYWORD]->(k:Keyword)<-[:HAS_KEYWORD]-(q:Paper)
    WHERE COUNT { (k)<-[:HAS_KEYWORD]-(:Paper) } <= 200 RETURN q
    UNION
    MATCH (p)-[:HAS_TOPIC]->(t:Topic)<-[:HAS_TOPIC]-(q:Paper)
    WHERE COUNT { (t)<-[:HAS_TOPIC]-(:Paper) } <= 200 RETURN q
  }
  WITH p, q WHERE q <> p
  OPTIONAL MATCH (p)-[s:SIMILAR_TO]-(q)
  WITH p, q, max(s.score) AS linked
  WITH p, q,
       coalesce(linked, CASE WHEN p.embedding IS NULL OR q.embedding IS NULL THEN null
                             ELSE 2 * vector.similarity.cosine(p.embedding, q.embedding) - 1 END) AS cosine,
       COLLECT { MATCH (p)-[hp:HAS_TOPIC]->(t:Topic)<-[hq:HAS_TOPIC]-(q)
                 WITH t.slug AS slug, CASE WHEN coalesce(hp.score, 1.0) < coalesce(hq.score, 1.0)
                                           THEN coalesce(hp.score, 1.0) ELSE coalesce(hq.score, 1.0) END AS score
                 ORDER BY score DESC, slug RETURN {slug: slug, score: score} } AS topics,
       COLLECT { MATCH (p)-[:HAS_KEYWORD]->(k:Keyword)<-[:HAS_KEYWORD]-(q)
                 WITH DISTINCT coalesce(k.label, k.key) AS keyword ORDER BY keyword RETURN keyword }[0..3] AS keywords,
       COLLECT { MATCH (p)<-[:AUTHORED]-(a:Author)-[:AUTHORED]->(q)
                 WITH DISTINCT a.name AS name ORDER BY name RETURN name }[0..2] AS authors,
       COLLECT { MATCH (p)-[:HAS_CODE]->(r:Repository)<-[:HAS_CODE]-(q)
                 WITH r.key AS key ORDER BY key RETURN key }[0..1] AS repositories,
       [(p)-[m:MENTIONS]->(q) | m.phrase] AS mentioned,
       [(q)-[m:MENTIONS]->(p) | m.phrase] AS mentionedBy
  WITH q, cosine, topics, keywords, authors, repositories, mentioned, mentionedBy,
       reduce(sum = 0.0, t IN topics | sum + t.score) AS overlap
  WITH q,
       CASE WHEN cosine IS NOT NULL AND cosine >= 0.3 THEN
         [{kind: 'TEXT_SIMILARITY', rank: 0,
           detail: 'cosine similarity ' + CASE WHEN round(cosine * 100) >= 100 THEN '1.00'
                   ELSE '0.' + right('0' + toString(toInteger(round(cosine * 100))), 2) END,
           weight: round(0.40 * CASE WHEN cosine > 1 THEN 1.0 ELSE cosine END, 4)}] ELSE [] END
       + [t IN topics | {kind: 'SHARED_TOPIC', rank: 1, detail: 'both about ' + t.slug,
           weight: round(0.25 * t.score * CASE WHEN overlap > 1 THEN 1 / overlap ELSE 1.0 END, 4)}]
       + [k IN keywords | {kind: 'SHARED_KEYWORD', rank: 2, detail: 'both have the keyword "' + k + '"', weight: 0.05}]
       + [a IN authors | {kind: 'SHARED_AUTHOR', rank: 3, detail: 'both by ' + a, weight: 0.05}]
       + [r IN repositories | {kind: 'SHARED_REPOSITORY', rank: 4, detail: 'both cite ' + r, weight: 0.05}]
       + CASE WHEN size(mentioned) > 0
           THEN [{kind: 'MENTIONS', rank: 5, detail: mentioned[0] + ' is mentioned in this paper\'s abstract', weight: 0.05}]
           WHEN size(mentionedBy) > 0
           THEN [{kind: 'MENTIONS', rank: 5, detail: mentionedBy[0] + ' is mentioned in its abstract', weight: 0.05}]
           ELSE [] END AS candidates
  WITH q, COLLECT { UNWIND candidates AS reason WITH reason WHERE reason.weight > 0
                    ORDER BY reason.weight DESC, reason.rank
                    RETURN reason {.kind, .detail, .weight} } AS reasons
  WITH q, reasons, round(reduce(sum = 0.0, r IN reasons | sum + r.weight), 4) AS total
  WITH q, reasons, CASE WHEN total > 1 THEN 1.0 ELSE total END AS score WHERE score > 0
  ORDER BY score DESC, q.id
  LIMIT 5
  RETURN collect({score: score, paper: q {.id, .title}, reasons: reasons}) AS related
}
RETURN CASE WHEN p IS NULL THEN null ELSE p {
  .id, .arxivId, .title, .abstract, publishedAt: toString(p.publishedAt), .upvotes,
  url: CASE WHEN p.arxivId IS NOT NULL THEN 'https://huggingface.co/papers/' + p.arxivId ELSE p.projectPage END,
  authors: COLLECT { MATCH (p)<-[r:AUTHORED]-(a:Author) WITH a, r ORDER BY r.position RETURN a {.name} },
  keywords: COLLECT { MATCH (p)-[r:HAS_KEYWORD]->(k:Keyword)
                      WITH k, CASE r.origin WHEN 'source' THEN 0 WHEN 'taxonomy' THEN 1 ELSE 2 END AS origin
                      ORDER BY origin, k.key RETURN k.label },
  .projectPage,
  topics: COLLECT { MATCH (p)-[r:HAS_TOPIC]->(t:Topic) WITH r, t ORDER BY r.score DESC, t.slug
                    RETURN {score: r.score, evidence: r.evidence, topic: t {.slug, .name}} },
  repositories: COLLECT { MATCH (p)-[h:HAS_CODE]->(r:Repository)
                          WITH r, h ORDER BY h.official DESC, coalesce(r.stars, -1) DESC, r.key
                          RETURN r {.url, .owner, .name, .stars} },
  cluster: COLLECT { MATCH (p)-[:IN_CLUSTER]->(c:Cluster) RETURN {id: 'cluster:' + c.id, label: c.label} }[0],
  related: related
} END AS paper
