// The taxonomy: every topic with its paper count (subtopics included), parent and children.
MATCH (t:Topic)
CALL (t) { MATCH (p:Paper)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(t) RETURN count(DISTINCT p) AS paperCount }
WITH t, paperCount,
     COLLECT { MATCH (t)-[:SUBTOPIC_OF]->(up:Topic) RETURN up {.slug} }[0] AS parent,
     COLLECT { MATCH (t)<-[:SUBTOPIC_OF]-(c:Topic) WITH c ORDER BY c.name RETURN c {.slug} } AS children
ORDER BY t.level, t.name
RETURN collect(t {.slug, .name, paperCount: paperCount, parent: parent, children: children}) AS topics
