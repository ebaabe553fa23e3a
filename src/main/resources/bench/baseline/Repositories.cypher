// The ten most starred repositories with their papers (newest first) and topics (most papers first).
MATCH (r:Repository)
WITH r ORDER BY coalesce(r.stars, -1) DESC, r.key LIMIT 10
WITH r,
     COLLECT { MATCH (r)<-[:HAS_CODE]-(p:Paper)
               WITH p ORDER BY coalesce(toString(p.publishedAt), '') DESC, p.id RETURN p {.id, .title} } AS papers,
     COLLECT { MATCH (r)<-[:HAS_CODE]-(:Paper)-[:HAS_TOPIC]->(t:Topic)
               WITH t, count(*) AS papers ORDER BY papers DESC, t.slug RETURN t {.slug} } AS topics
RETURN {edges: collect({node: r {.url, .owner, .name, .stars, papers: papers, topics: topics}})} AS repositories
