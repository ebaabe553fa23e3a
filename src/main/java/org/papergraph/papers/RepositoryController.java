package org.papergraph.papers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.neo4j.driver.Record;

import org.papergraph.api.Connection;
import org.papergraph.api.Cursor;
import org.papergraph.api.Paging;
import org.papergraph.api.Prefetch;
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

	/** A repository's papers, the newest first, for a repository bound to {@code r}; long texts when asked for. */
	private static String papersOfR(boolean withTexts) {
		return "COLLECT { MATCH (r)<-[:HAS_CODE]-(p:Paper) WITH p ORDER BY coalesce(toString(p.publishedAt), '') DESC,"
				+ " p.id RETURN p {" + PaperNode.projection(withTexts) + "} }";
	}

	/**
	 * The topics of a repository's papers, the most papers first, for a repository bound to {@code r}; description
	 * and phrases when asked for.
	 */
	private static String topicsOfR(boolean withTexts) {
		return "COLLECT { MATCH (r)<-[:HAS_CODE]-(:Paper)-[:HAS_TOPIC]->(t:Topic) WITH t, count(*) AS papers"
				+ " ORDER BY papers DESC, t.slug RETURN t {" + TopicNode.projection(withTexts) + "} }";
	}

	private final Neo4jClient neo4j;

	RepositoryController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Orders of the repositories connection: the sort key over {@code r} and whether it ascends. */
	enum RepositoryOrder {

		STARS_DESC("coalesce(r.stars, -1)", false, Long.class),
		PAPERS_DESC("COUNT { (r)<-[:HAS_CODE]-(:Paper) }", false, Long.class), KEY_ASC("r.key", true, String.class);

		private final String key;

		private final boolean ascending;

		private final Class<?> keyType;

		RepositoryOrder(String key, boolean ascending, Class<?> keyType) {
			this.key = key;
			this.ascending = ascending;
			this.keyType = keyType;
		}

	}

	/**
	 * A page of repositories in one statement: the page, and, when the request asks for them, the total count and
	 * each repository's papers and topics, which are handed to their batch loaders ({@link Prefetch}).
	 */
	@QueryMapping
	Connection<RepositoryNode> repositories(@Argument Integer first, @Argument String after,
			@Argument RepositoryOrder orderBy, DataFetchingEnvironment env) {
		RepositoryOrder order = orderBy == null ? RepositoryOrder.STARS_DESC : orderBy;
		int size = Paging.first(first, 20);
		boolean withTotal = Prefetch.selects(env, "totalCount");
		boolean withPapers = Prefetch.selects(env, "edges/node/papers");
		boolean withTopics = Prefetch.selects(env, "edges/node/topics");
		Map<String, Object> params = new HashMap<>();
		String where = "";
		if (after != null) {
			List<Object> position = Cursor.decode(after, "repositories:" + order.name(), order.keyType, String.class);
			params.put("afterKey", position.get(0));
			params.put("afterId", String.valueOf(position.get(1)));
			where = " WHERE sortKey " + (order.ascending ? ">" : "<")
					+ " $afterKey OR (sortKey = $afterKey AND r.key > $afterId)";
		}
		params.put("limit", size + 1);
		String direction = order.ascending ? "ASC" : "DESC";
		String query = (withTotal ? "CALL () { MATCH (r:Repository) RETURN count(r) AS total } " : "WITH 0 AS total ")
				+ "CALL () { MATCH (r:Repository) WITH r, " + order.key + " AS sortKey" + where
				+ " ORDER BY sortKey " + direction + ", r.key LIMIT $limit WITH r, sortKey, "
				+ (withPapers ? papersOfR(Prefetch.selectsPaperTexts(env)) : "[]") + " AS papers, "
				+ (withTopics ? topicsOfR(Prefetch.selectsTopicTexts(env)) : "[]") + " AS topics"
				+ " RETURN collect({repository: r {" + RepositoryNode.PROJECTION + "}, sortKey: sortKey, papers: papers,"
				+ " topics: topics}) AS rows } RETURN total, rows";
		Record result = neo4j.query(query).bindAll(params).fetchAs(Record.class).mappedBy((types, row) -> row).one()
			.orElseThrow();
		Map<RepositoryNode, List<PaperNode>> papers = new HashMap<>();
		Map<RepositoryNode, List<TopicNode>> topics = new HashMap<>();
		List<Positioned> rows = result.get("rows").asList(row -> {
			RepositoryNode repository = RepositoryNode.from(row.get("repository"));
			if (withPapers) {
				papers.put(repository, row.get("papers").asList(PaperNode::from));
			}
			if (withTopics) {
				topics.put(repository, row.get("topics").asList(TopicNode::from));
			}
			return new Positioned(repository, row.get("sortKey").asObject());
		});
		Prefetch.prime(env, "Repository.papers", papers);
		Prefetch.prime(env, "Repository.topics", topics);
		int total = result.get("total").asInt();
		Connection<Positioned> page = Connection.of(rows, size, after != null, total,
				row -> Cursor.encode("repositories:" + order.name(), row.sortKey(), row.repository().key()));
		return new Connection<>(page.edges().stream()
			.map(edge -> new Connection.Edge<>(edge.cursor(), edge.node().repository()))
			.toList(), page.pageInfo(), total);
	}

	private record Positioned(RepositoryNode repository, Object sortKey) {
	}

	@BatchMapping(typeName = "Repository")
	Map<RepositoryNode, List<PaperNode>> papers(List<RepositoryNode> repositories) {
		return GroupedQuery.lists(neo4j, repositories, RepositoryNode::key,
				"UNWIND $ids AS id MATCH (r:Repository {key: id}) RETURN id, " + papersOfR(true) + " AS items",
				PaperNode::from);
	}

	@BatchMapping(typeName = "Repository")
	Map<RepositoryNode, List<TopicNode>> topics(List<RepositoryNode> repositories) {
		return GroupedQuery.lists(neo4j, repositories, RepositoryNode::key,
				"UNWIND $ids AS id MATCH (r:Repository {key: id}) RETURN id, " + topicsOfR(true) + " AS items",
				TopicNode::from);
	}

}
