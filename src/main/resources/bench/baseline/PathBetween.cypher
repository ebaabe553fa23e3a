// The shortest path of at most four hops between two papers over papers, topics, keywords, repositories and authors.
// $from, $to: paper ids.
MATCH (a:Paper {id: $from})
MATCH (b:Paper {id: $to})
OPTIONAL MATCH path = shortestPath((a)-[:HAS_TOPIC|HAS_CODE|AUTHORED|SIMILAR_TO|SUBTOPIC_OF|MENTIONS|HAS_KEYWORD*..4]-(b))
WITH path, [n IN nodes(path) | {
  id: 'graph:' + CASE WHEN n:Paper THEN n.id WHEN n:Topic THEN 'topic:' + n.slug WHEN n:Repository THEN 'repo:' + n.key
           WHEN n:Author THEN 'author:' + n.key WHEN n:Keyword THEN 'keyword:' + n.key END,
  kind: CASE WHEN n:Paper THEN 'PAPER' WHEN n:Topic THEN 'TOPIC' WHEN n:Repository THEN 'REPOSITORY'
             WHEN n:Author THEN 'AUTHOR' WHEN n:Keyword THEN 'KEYWORD' END,
  label: coalesce(n.title, n.name, n.label, CASE WHEN n:Repository THEN n.owner + '/' + n.name END, n.key, '')
}] AS views
RETURN CASE WHEN path IS NULL THEN null ELSE {
  length: length(path),
  hops: [i IN range(0, length(path) - 1) | {from: views[i], relation: type(relationships(path)[i]), to: views[i + 1]}]
} END AS path
