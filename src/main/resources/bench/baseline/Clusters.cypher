// The twenty largest clusters with their key terms, five dominant topics and five most central papers.
MATCH (c:Cluster)
WITH c ORDER BY c.size DESC, toInteger(c.id) LIMIT 20
WITH c,
     COLLECT { MATCH (c)<-[:IN_CLUSTER]-(:Paper)-[h:HAS_TOPIC]->(t:Topic)
               WITH t, count(*) AS papers, sum(coalesce(h.score, 1.0)) AS weight
               ORDER BY papers DESC, weight DESC, t.slug LIMIT 5 RETURN t {.slug} } AS topics,
     COLLECT { MATCH (p:Paper)-[m:IN_CLUSTER]->(c)
               WITH p, m.centrality AS centrality ORDER BY centrality DESC, p.id LIMIT 5
               RETURN {node: p {.id, .title}} } AS papers
RETURN collect({id: 'cluster:' + c.id, label: c.label, size: c.size, keyTerms: c.keyTerms, topics: topics,
                papers: {edges: papers}}) AS clusters
