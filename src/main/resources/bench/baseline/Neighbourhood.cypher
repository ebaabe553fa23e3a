// The neighbourhood of the seed papers two levels deep, at most 150 nodes: from each node its 60 strongest links,
// new nodes ranked by link strength and degree; then every link among the chosen nodes. $seeds: paper ids or arXiv ids.
MATCH (seed:Paper) WHERE seed.id IN $seeds OR seed.arxivId IN $seeds
WITH collect(seed) AS seeds
CALL (seeds) {
  UNWIND seeds AS s
  CALL (s) {
    MATCH (s)-[r]-(n)
    WHERE type(r) IN ['HAS_TOPIC', 'HAS_CODE', 'AUTHORED', 'SIMILAR_TO', 'IN_CLUSTER', 'SUBTOPIC_OF', 'MENTIONS', 'HAS_KEYWORD', 'SIGNALS'] AND (n:Paper OR n:Topic OR n:Repository OR n:Author OR n:Cluster OR n:Keyword)
    WITH n, coalesce(r.score, 0.5) AS strength
    ORDER BY strength DESC, elementId(n)
    LIMIT 60
    RETURN n, strength
  }
  WITH * WHERE NOT n IN seeds
  WITH n, max(strength) AS strength
  WITH n, strength + log(1 + COUNT { (n)--() }) / 100.0 AS score,
       CASE WHEN n:Paper THEN n.id WHEN n:Topic THEN 'topic:' + n.slug WHEN n:Repository THEN 'repo:' + n.key
            WHEN n:Author THEN 'author:' + n.key WHEN n:Cluster THEN 'cluster:' + n.id
            WHEN n:Keyword THEN 'keyword:' + n.key END AS gid
  ORDER BY score DESC, gid
  RETURN collect(n) AS ranked
}
WITH seeds, ranked[0..(150 - size(seeds))] AS level1
CALL (seeds, level1) {
  UNWIND level1 AS s
  CALL (s) {
    MATCH (s)-[r]-(n)
    WHERE type(r) IN ['HAS_TOPIC', 'HAS_CODE', 'AUTHORED', 'SIMILAR_TO', 'IN_CLUSTER', 'SUBTOPIC_OF', 'MENTIONS', 'HAS_KEYWORD', 'SIGNALS'] AND (n:Paper OR n:Topic OR n:Repository OR n:Author OR n:Cluster OR n:Keyword)
    WITH n, coalesce(r.score, 0.5) AS strength
    ORDER BY strength DESC, elementId(n)
    LIMIT 60
    RETURN n, strength
  }
  WITH * WHERE NOT n IN seeds AND NOT n IN level1
  WITH n, max(strength) AS strength
  WITH n, strength + log(1 + COUNT { (n)--() }) / 100.0 AS score,
       CASE WHEN n:Paper THEN n.id WHEN n:Topic THEN 'topic:' + n.slug WHEN n:Repository THEN 'repo:' + n.key
            WHEN n:Author THEN 'author:' + n.key WHEN n:Cluster THEN 'cluster:' + n.id
            WHEN n:Keyword THEN 'keyword:' + n.key END AS gid
  ORDER BY score DESC, gid
  RETURN collect(n) AS ranked
}
WITH seeds + level1 + ranked[0..(150 - size(seeds) - size(level1))] AS chosen
WITH chosen, [n IN chosen | {
  id: CASE WHEN n:Paper THEN n.id WHEN n:Topic THEN 'topic:' + n.slug WHEN n:Repository THEN 'repo:' + n.key
           WHEN n:Author THEN 'author:' + n.key WHEN n:Cluster THEN 'cluster:' + n.id
           WHEN n:Keyword THEN 'keyword:' + n.key END,
  kind: CASE WHEN n:Paper THEN 'PAPER' WHEN n:Topic THEN 'TOPIC' WHEN n:Repository THEN 'REPOSITORY'
             WHEN n:Author THEN 'AUTHOR' WHEN n:Cluster THEN 'CLUSTER' WHEN n:Keyword THEN 'KEYWORD' END,
  label: coalesce(n.title, n.name, n.label, CASE WHEN n:Repository THEN n.owner + '/' + n.name END, n.key, ''),
  degree: COUNT { (n)--() }
}] AS views
WITH chosen, views
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN ['HAS_TOPIC', 'HAS_CODE', 'AUTHORED', 'SIMILAR_TO', 'IN_CLUSTER', 'SUBTOPIC_OF', 'MENTIONS', 'HAS_KEYWORD', 'SIGNALS'] AND b IN chosen
  WITH a, b, r ORDER BY elementId(a), elementId(b), type(r)
  RETURN collect({
    source: CASE WHEN a:Paper THEN a.id WHEN a:Topic THEN 'topic:' + a.slug WHEN a:Repository THEN 'repo:' + a.key
                         WHEN a:Author THEN 'author:' + a.key WHEN a:Cluster THEN 'cluster:' + a.id
                         WHEN a:Keyword THEN 'keyword:' + a.key END,
    target: CASE WHEN b:Paper THEN b.id WHEN b:Topic THEN 'topic:' + b.slug WHEN b:Repository THEN 'repo:' + b.key
                         WHEN b:Author THEN 'author:' + b.key WHEN b:Cluster THEN 'cluster:' + b.id
                         WHEN b:Keyword THEN 'keyword:' + b.key END,
    relation: type(r),
    weight: CASE WHEN round(coalesce(r.score, 1.0), 3) > 1 THEN 1.0 ELSE round(coalesce(r.score, 1.0), 3) END
  }) AS edges
}
RETURN {nodes: [v IN views | {id: 'graph:' + v.id, kind: v.kind, label: v.label,
                             weight: round(log(1 + v.degree) / log(21 + v.degree), 3)}],
        edges: edges} AS subgraph
