package org.papergraph.api;

import java.util.function.Function;

import org.neo4j.driver.Value;
import org.papergraph.graph.AuthorNode;
import org.papergraph.graph.ClusterNode;
import org.papergraph.graph.GraphIds;
import org.papergraph.graph.PaperReader;
import org.papergraph.graph.RepositoryNode;
import org.papergraph.graph.TopicNode;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code node(id)}: any node by its global id.
 */
@Controller
class NodeController {

	private final PaperReader papers;

	private final Neo4jClient neo4j;

	NodeController(PaperReader papers, Neo4jClient neo4j) {
		this.papers = papers;
		this.neo4j = neo4j;
	}

	@QueryMapping
	Object node(@Argument String id) {
		GraphIds.Ref ref = GraphIds.parse(id).orElse(null);
		if (ref == null) {
			return null;
		}
		return switch (ref.label()) {
			case "Paper" -> papers.find(ref.key()).orElse(null);
			case "Topic" -> one("MATCH (n:Topic {slug: $key}) RETURN n {" + TopicNode.PROJECTION
					+ "} AS n", ref.key(), TopicNode::from);
			case "Repository" -> one("MATCH (n:Repository {key: $key}) RETURN n {"
					+ RepositoryNode.PROJECTION + "} AS n", ref.key(),
					RepositoryNode::from);
			case "Author" -> one("MATCH (n:Author {key: $key}) RETURN n {" + AuthorNode.PROJECTION
					+ "} AS n", ref.key(), AuthorNode::from);
			case "Cluster" -> one("MATCH (n:Cluster {id: $key}) RETURN n {" + ClusterNode.PROJECTION
					+ "} AS n", ref.key(), ClusterNode::from);
			default -> null;
		};
	}

	private Object one(String cypher, String key, Function<Value, Object> mapper) {
		return neo4j.query(cypher)
			.bind(key).to("key")
			.fetchAs(Object.class)
			.mappedBy((types, row) -> mapper.apply(row.get("n")))
			.one()
			.orElse(null);
	}

}
