// The twenty largest clusters with their key terms, five dominant topics and five most central papers.
MATCH (c:Cluster)
WITH c ORDER BY c.size DESC, toInteger(c.id) LIMIT 20
WITH c,
     COLLECT { MATCH (c)-[v:COVERS]->(t:Topic)
               WITH t, v ORDER BY v.papers DESC, v.weight DESC, t.slug RETURN t {.slug} } AS topics,
     COLLECT { MATCH (p:Paper)-[m:IN_CLUSTER]->(c)
               WITH p, m.centrality AS centrality ORDER BY centrality DESC, p.id LIMIT 5
               RETURN {node: p {.id, .title}} } AS papers
RETURN collect({id: 'cluster:' + c.id, label: c.label, size: c.size, keyTerms: c.keyTerms, topics: topics,
                papers: {edges: papers}}) AS clusters
