package org.papergraph.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.papergraph.api.BadRequestException;
import org.papergraph.api.Connection;
import org.papergraph.api.Cursor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds papers by filter, in a total order, a page at a time with keyset cursors: one statement per page (the page
 * and, when asked for, the total count) whatever the page size. Query text is assembled only from constant
 * fragments; every value is a parameter.
 */
@Component
public class PaperFinder {

	private final Neo4jClient neo4j;

	public PaperFinder(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * One page of papers matching the filter, in one statement; the matches are counted only when
	 * {@code withTotal} (otherwise {@code totalCount} is 0: callers pass whether the request asks for it), and the
	 * papers' long texts read only when {@code withTexts}.
	 */
	public Connection<PaperNode> page(PaperFilter filter, PaperOrder order, int first, String after, boolean withTotal,
			boolean withTexts) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder match = new StringBuilder();
		List<String> conditions = conditions(filter == null ? PaperFilter.NONE : filter, params, match);
		List<String> pageConditions = new ArrayList<>(conditions);
		if (after != null) {
			List<Object> position = Cursor.decode(after, "papers:" + order.name(), order.keyType(), String.class);
			params.put("afterKey", position.get(0));
			params.put("afterId", String.valueOf(position.get(1)));
			String op = order.ascending() ? ">" : "<";
			pageConditions.add("(" + order.key() + " " + op + " $afterKey OR (" + order.key()
					+ " = $afterKey AND p.id > $afterId))");
		}
		params.put("limit", first + 1);
		String direction = order.ascending() ? "ASC" : "DESC";
		String count = withTotal ? "CALL () { " + match + where(conditions) + " RETURN count(p) AS total } "
				: "WITH 0 AS total ";
		String query = count + "CALL () { " + match + where(pageConditions) + " WITH p, " + order.key() + " AS sortKey"
				+ " ORDER BY sortKey " + direction + ", p.id ASC LIMIT $limit"
				+ " RETURN collect({paper: p {" + PaperNode.projection(withTexts) + "}, sortKey: sortKey}) AS rows }"
				+ " RETURN total, rows";
		Record result = neo4j.query(query).bindAll(params).fetchAs(Record.class).mappedBy((types, row) -> row).one()
			.orElseThrow();
		List<Positioned> rows = result.get("rows")
			.asList(row -> new Positioned(PaperNode.from(row.get("paper")), row.get("sortKey").asObject()));
		int total = result.get("total").asInt();
		Connection<Positioned> page = Connection.of(rows, first, after != null, total,
				row -> Cursor.encode("papers:" + order.name(), row.sortKey(), row.paper().id()));
		List<Connection.Edge<PaperNode>> edges = page.edges().stream()
			.map(edge -> new Connection.Edge<>(edge.cursor(), edge.node().paper()))
			.toList();
		return new Connection<>(edges, page.pageInfo(), page.totalCount());
	}

	private record Positioned(PaperNode paper, Object sortKey) {
	}

	private static List<String> conditions(PaperFilter filter, Map<String, Object> params, StringBuilder match) {
		List<String> conditions = new ArrayList<>();
		boolean fromTopic = false;
		if (filter.query() != null && !filter.query().isBlank()) {
			if (filter.query().length() > FullTextQuery.MAX_LENGTH) {
				throw new BadRequestException("query must be at most " + FullTextQuery.MAX_LENGTH + " characters");
			}
			params.put("fulltext", FullTextQuery.of(filter.query()).orElse("\"\""));
			match.append("CALL db.index.fulltext.queryNodes('paper_text', $fulltext, {limit: 10000}) YIELD node AS p");
		}
		else if (filter.topic() != null) {
			// Start from the topic: its papers are few next to all papers.
			fromTopic = true;
			match.append("MATCH (:Topic {slug: $topic})<-[:IN_TOPIC]-(p:Paper)");
		}
		else {
			match.append("MATCH (p:Paper)");
		}
		if (filter.topic() != null) {
			params.put("topic", filter.topic());
			if (!fromTopic) {
				conditions.add("EXISTS { MATCH (p)-[:IN_TOPIC]->(:Topic {slug: $topic}) }");
			}
		}
		if (filter.keyword() != null) {
			params.put("keyword", Words.key(filter.keyword()));
			conditions.add("EXISTS { MATCH (p)-[:HAS_KEYWORD]->(:Keyword {key: $keyword}) }");
		}
		if (filter.author() != null) {
			String value = filter.author().startsWith(GraphIds.AUTHOR) ? filter.author().substring(GraphIds.AUTHOR.length())
					: filter.author();
			params.put("author", value.isBlank() ? "" : new AuthorRef(value, null).key());
			conditions.add("EXISTS { MATCH (p)<-[:AUTHORED]-(:Author {key: $author}) }");
		}
		if (filter.cluster() != null) {
			params.put("cluster", filter.cluster().startsWith(GraphIds.CLUSTER)
					? filter.cluster().substring(GraphIds.CLUSTER.length()) : filter.cluster());
			conditions.add("EXISTS { MATCH (p)-[:IN_CLUSTER]->(:Cluster {id: $cluster}) }");
		}
		if (filter.hasCode() != null) {
			conditions.add(filter.hasCode() ? "EXISTS { (p)-[:HAS_CODE]->() }" : "NOT EXISTS { (p)-[:HAS_CODE]->() }");
		}
		if (filter.minStars() != null) {
			params.put("minStars", filter.minStars());
			conditions.add("EXISTS { MATCH (p)-[:HAS_CODE]->(r:Repository) WHERE r.stars >= $minStars }");
		}
		if (filter.publishedAfter() != null) {
			params.put("publishedAfter", date(filter.publishedAfter(), "publishedAfter"));
			conditions.add("p.publishedAt >= $publishedAfter");
		}
		if (filter.publishedBefore() != null) {
			params.put("publishedBefore", date(filter.publishedBefore(), "publishedBefore"));
			conditions.add("p.publishedAt <= $publishedBefore");
		}
		return conditions;
	}

	private static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static LocalDate date(String value, String field) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(field + " must be a date like 2024-03-11");
		}
	}

}
