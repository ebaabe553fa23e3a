package org.papergraph.papers;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.papergraph.graph.AuthorNode;
import org.papergraph.graph.GroupedQuery;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.RepositoryNode;
import org.papergraph.graph.TopicNode;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Resolves a paper's related nodes for a whole page of papers at once: one query per field, whatever the page size.
 */
@Controller
class PaperFieldsController {

	private final Neo4jClient neo4j;

	PaperFieldsController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@BatchMapping(typeName = "Paper")
	Map<PaperNode, List<AuthorNode>> authors(List<PaperNode> papers) {
		return grouped(papers, """
				UNWIND $ids AS id
				MATCH (:Paper {id: id})<-[r:AUTHORED]-(a:Author)
				RETURN id, a {%s} AS item ORDER BY id, r.position
				""".formatted(AuthorNode.PROJECTION), AuthorNode::from);
	}

	@BatchMapping(typeName = "Paper")
	Map<PaperNode, List<String>> keywords(List<PaperNode> papers) {
		return grouped(papers, """
				UNWIND $ids AS id
				MATCH (:Paper {id: id})-[r:HAS_KEYWORD]->(k:Keyword)
				RETURN id, k.label AS item
				ORDER BY id, CASE r.origin WHEN 'source' THEN 0 WHEN 'taxonomy' THEN 1 ELSE 2 END, k.key
				""", Value::asString);
	}

	@BatchMapping(typeName = "Paper")
	Map<PaperNode, List<PaperTopic>> topics(List<PaperNode> papers) {
		return grouped(papers, """
				UNWIND $ids AS id
				MATCH (:Paper {id: id})-[r:HAS_TOPIC]->(t:Topic)
				RETURN id, {topic: t {%s}, score: r.score, evidence: r.evidence} AS item
				ORDER BY id, r.score DESC, t.slug
				""".formatted(TopicNode.PROJECTION), value -> new PaperTopic(TopicNode.from(value.get("topic")),
				value.get("score").asDouble(), value.get("evidence").asList(Value::asString)));
	}

	@BatchMapping(typeName = "Paper")
	Map<PaperNode, List<RepositoryNode>> repositories(List<PaperNode> papers) {
		return grouped(papers, """
				UNWIND $ids AS id
				MATCH (:Paper {id: id})-[h:HAS_CODE]->(r:Repository)
				RETURN id, r {%s} AS item ORDER BY id, h.official DESC, coalesce(r.stars, -1) DESC, r.key
				""".formatted(RepositoryNode.PROJECTION), RepositoryNode::from);
	}

	@BatchMapping(typeName = "Paper")
	Map<PaperNode, List<SourceView>> sources(List<PaperNode> papers) {
		return grouped(papers, """
				UNWIND $ids AS id
				MATCH (:Paper {id: id})-[:FROM_SOURCE]->(s:Source)
				RETURN id, s {.kind, .location, firstFetchedAt: toString(s.firstFetchedAt),
				              fetchedAt: toString(s.fetchedAt)} AS item
				ORDER BY id, s.firstFetchedAt, s.key
				""", value -> new SourceView(value.get("kind").asString(), value.get("location").asString(),
				value.get("firstFetchedAt").asString(null), value.get("fetchedAt").asString(null)));
	}

	private <T> Map<PaperNode, List<T>> grouped(List<PaperNode> papers, String cypher, Function<Value, T> item) {
		return GroupedQuery.run(neo4j, papers, PaperNode::id, cypher, item);
	}

}
