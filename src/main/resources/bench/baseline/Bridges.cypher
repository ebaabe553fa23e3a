// Papers in both reinforcement learning and diffusion models (subtopics included), the strongest in both first.
MATCH (rl:Topic {slug: 'reinforcement-learning'}), (dm:Topic {slug: 'diffusion-models'})
WITH rl, dm, COLLECT { MATCH (u:Topic)-[:SUBTOPIC_OF*0..]->(s) WHERE s IN [rl, dm] RETURN DISTINCT u } AS under
WITH rl, dm, under,
     CASE WHEN COUNT { (rl)<-[:IN_TOPIC]-() } <= COUNT { (dm)<-[:IN_TOPIC]-() } THEN [rl, dm] ELSE [dm, rl] END AS pair
WITH under, pair[0] AS smaller, pair[1] AS larger
MATCH (smaller)<-[:IN_TOPIC]-(p:Paper)
WHERE EXISTS { (p)-[:IN_TOPIC]->(larger) }
CALL (p, under) {
  MATCH (p)-[r:HAS_TOPIC]->(t:Topic) WHERE t IN under
  RETURN sum(r.score) AS strength
}
WITH p, strength ORDER BY strength DESC, coalesce(p.upvotes, 0) DESC, p.id LIMIT 10
RETURN collect(p {.id, .title}) AS bridges
