// Papers in both reinforcement learning and diffusion models (subtopics included), the strongest in both first.
MATCH (:Topic {slug: 'reinforcement-learning'})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:HAS_TOPIC]-(p:Paper)
WITH DISTINCT p
WHERE all(slug IN ['reinforcement-learning', 'diffusion-models'] WHERE EXISTS {
  MATCH (p)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {slug: slug}) })
CALL (p) {
  MATCH (p)-[r:HAS_TOPIC]->(t:Topic)
  WHERE any(slug IN ['reinforcement-learning', 'diffusion-models'] WHERE EXISTS {
    MATCH (t)-[:SUBTOPIC_OF*0..]->(:Topic {slug: slug}) })
  RETURN sum(r.score) AS strength
}
WITH p, strength ORDER BY strength DESC, coalesce(p.upvotes, 0) DESC, p.id LIMIT 10
RETURN collect(p {.id, .title}) AS bridges
