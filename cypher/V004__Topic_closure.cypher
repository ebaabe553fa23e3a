// Each paper with topics gets one IN_TOPIC link to every topic it has and to each broader topic of those, so that a
// topic's papers (subtopics included) are one hop away and their count is the topic's degree. Topic assignment keeps
// the links current from here on.
MATCH (p:Paper) WHERE EXISTS { (p)-[:HAS_TOPIC]->() } AND NOT EXISTS { (p)-[:IN_TOPIC]->() }
CALL (p) {
  MATCH (p)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(topic:Topic)
  WITH DISTINCT topic
  CREATE (p)-[:IN_TOPIC]->(topic)
} IN TRANSACTIONS OF 1000 ROWS;
