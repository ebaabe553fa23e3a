package org.papergraph.papers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.papergraph.api.Connection;
import org.papergraph.api.Cursor;
import org.papergraph.api.Paging;
import org.papergraph.graph.GroupedQuery;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.RepositoryNode;
import org.papergraph.graph.TopicNode;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code repositories} (a keyset-paged connection) and each repository's papers and topics, batched.
 */
@Controller
class RepositoryController {

	private final Neo4jClient neo4j;

	RepositoryController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Orders of the repositories connection: the sort key over {@code r} and whether it ascends. */
	enum RepositoryOrder {

		STARS_DESC("coalesce(r.stars, -1)", false), PAPERS_DESC("COUNT { (r)<-[:HAS_CODE]-(:Paper) }", false),
		KEY_ASC("r.key", true);

		private final String key;

		private final boolean ascending;

		RepositoryOrder(String key, boolean ascending) {
			this.key = key;
			this.ascending = ascending;
		}

	}

	@QueryMapping
	Connection<RepositoryNode> repositories(@Argument Integer first, @Argument String after,
			@Argument RepositoryOrder orderBy) {
		RepositoryOrder order = orderBy == null ? RepositoryOrder.STARS_DESC : orderBy;
		int size = Paging.first(first, 20);
		Map<String, Object> params = new HashMap<>();
		String where = "";
		if (after != null) {
			List<Object> position = Cursor.decode(after, 2);
			params.put("afterKey", position.get(0));
			params.put("afterId", String.valueOf(position.get(1)));
			where = " WHERE sortKey " + (order.ascending ? ">" : "<") + " $afterKey OR (sortKey = $afterKey AND r.key > $afterId)";
		}
		params.put("limit", size + 1);
		List<Positioned> rows = new ArrayList<>(neo4j.query("MATCH (r:Repository) WITH r, " + order.key + " AS sortKey"
				+ where + " RETURN r {" + RepositoryNode.PROJECTION + "} AS repository, sortKey ORDER BY sortKey "
				+ (order.ascending ? "ASC" : "DESC") + ", r.key LIMIT $limit")
			.bindAll(params)
			.fetchAs(Positioned.class)
			.mappedBy((types, row) -> new Positioned(RepositoryNode.from(row.get("repository")), row.get("sortKey").asObject()))
			.all());
		int total = neo4j.query("MATCH (r:Repository) RETURN count(r) AS total").fetchAs(Long.class).one().orElse(0L)
			.intValue();
		Connection<Positioned> page = Connection.of(rows, size, after != null, total,
				row -> Cursor.encode(row.sortKey(), row.repository().key()));
		return new Connection<>(page.edges().stream()
			.map(edge -> new Connection.Edge<>(edge.cursor(), edge.node().repository()))
			.toList(), page.pageInfo(), total);
	}

	private record Positioned(RepositoryNode repository, Object sortKey) {
	}

	@BatchMapping(typeName = "Repository")
	Map<RepositoryNode, List<PaperNode>> papers(List<RepositoryNode> repositories) {
		return GroupedQuery.run(neo4j, repositories, RepositoryNode::key, """
				UNWIND $ids AS id
				MATCH (:Repository {key: id})<-[:HAS_CODE]-(p:Paper)
				RETURN id, p {%s} AS item ORDER BY id, coalesce(toString(p.publishedAt), '') DESC, p.id
				""".formatted(PaperNode.PROJECTION), PaperNode::from);
	}

	@BatchMapping(typeName = "Repository")
	Map<RepositoryNode, List<TopicNode>> topics(List<RepositoryNode> repositories) {
		return GroupedQuery.run(neo4j, repositories, RepositoryNode::key, """
				UNWIND $ids AS id
				MATCH (:Repository {key: id})<-[:HAS_CODE]-(:Paper)-[:HAS_TOPIC]->(t:Topic)
				WITH id, t, count(*) AS papers
				RETURN id, t {%s} AS item ORDER BY id, papers DESC, t.slug
				""".formatted(TopicNode.PROJECTION), TopicNode::from);
	}

}
