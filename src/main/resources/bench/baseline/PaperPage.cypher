// The first page of papers about infinite context (subtopics included) that have code, the most upvoted first.
CALL () {
  MATCH (:Topic {slug: 'infinite-context'})<-[:IN_TOPIC]-(p:Paper)
  WHERE EXISTS { (p)-[:HAS_CODE]->() }
  WITH p, coalesce(p.upvotes, -1) AS upvotes
  ORDER BY upvotes DESC, p.id
  LIMIT 11
  RETURN collect({cursor: [upvotes, p.id], node: p {.id, .title, .upvotes}}) AS page
}
CALL () {
  MATCH (:Topic {slug: 'infinite-context'})<-[:IN_TOPIC]-(p:Paper)
  WHERE EXISTS { (p)-[:HAS_CODE]->() }
  RETURN count(p) AS total
}
RETURN {totalCount: total, edges: page[0..10],
        pageInfo: {hasNextPage: size(page) > 10, endCursor: CASE WHEN size(page) = 0 THEN null
                                                                ELSE page[size(page[0..10]) - 1].cursor END}} AS papers
