// The taxonomy: every topic with its paper count (subtopics included), parent and children.
MATCH (t:Topic)
WITH t, COUNT { (t)<-[:IN_TOPIC]-() } AS paperCount,
     COLLECT { MATCH (t)-[:SUBTOPIC_OF]->(up:Topic) RETURN up {.slug} }[0] AS parent,
     COLLECT { MATCH (t)<-[:SUBTOPIC_OF]-(c:Topic) WITH c ORDER BY c.name RETURN c {.slug} } AS children
ORDER BY t.level, t.name
RETURN collect(t {.slug, .name, paperCount: paperCount, parent: parent, children: children}) AS topics
