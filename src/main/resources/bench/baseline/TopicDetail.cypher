// One topic with its papers (newest first), related topics by shared papers (Jaccard), repositories by stars and a
// monthly trend without gaps. $slug: a topic slug.
OPTIONAL MATCH (t:Topic {slug: $slug})
CALL (t) {
  WITH t WHERE t IS NOT NULL
  MATCH (t)<-[:IN_TOPIC]-(p:Paper)
  RETURN collect(p) AS mine
}
CALL (t, mine) {
  UNWIND mine AS p
  WITH p, coalesce(toString(p.publishedAt), '') AS published
  ORDER BY published DESC, p.id
  LIMIT 20
  RETURN collect({node: p {.id, .title}}) AS edges
}
CALL (t, mine) {
  UNWIND mine AS p
  MATCH (p)-[:IN_TOPIC]->(o:Topic)
  WITH o, count(*) AS shared
  WHERE o <> t AND NOT EXISTS { (t)-[:SUBTOPIC_OF*]->(o) } AND NOT EXISTS { (o)-[:SUBTOPIC_OF*]->(t) }
  WITH o, shared, toFloat(shared) / (size(mine) + COUNT { (o)<-[:IN_TOPIC]-() } - shared) AS jaccard
  ORDER BY jaccard DESC, shared DESC, o.slug
  LIMIT 5
  RETURN collect({weight: round(jaccard, 3), topic: o {.slug}}) AS relatedTopics
}
CALL (t, mine) {
  UNWIND mine AS p
  MATCH (p)-[:HAS_CODE]->(r:Repository)
  WITH DISTINCT r
  ORDER BY coalesce(r.stars, -1) DESC, r.key
  LIMIT 10
  RETURN collect(r {.url, .stars}) AS repositories
}
CALL (mine) {
  UNWIND mine AS p
  WITH p WHERE p.publishedAt IS NOT NULL
  WITH date.truncate('month', p.publishedAt) AS period, count(*) AS papers
  WITH collect({period: period, count: papers}) AS counts, min(period) AS first, max(period) AS last
  WITH counts, first,
       CASE WHEN first IS NULL THEN -1 ELSE duration.inMonths(first, last).months END AS months
  RETURN [i IN range(0, months) |
          {period: toString(first + duration({months: i})),
           count: coalesce([c IN counts WHERE c.period = first + duration({months: i}) | c.count][0], 0)}] AS trend
}
RETURN CASE WHEN t IS NULL THEN null ELSE t {
  .slug, .name, .description, paperCount: size(mine),
  papers: {totalCount: size(mine), edges: edges},
  relatedTopics: relatedTopics, repositories: repositories, trend: trend
} END AS topic
