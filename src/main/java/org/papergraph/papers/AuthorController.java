package org.papergraph.papers;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.papergraph.api.Paging;
import org.papergraph.api.Prefetch;
import org.papergraph.graph.AuthorNode;
import org.papergraph.graph.PaperNode;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves an author's papers and co-authors.
 */
@Controller
class AuthorController {

	private final Neo4jClient neo4j;

	AuthorController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A co-author and the number of shared papers. */
	record CoAuthor(AuthorNode author, int papers) {
	}

	@SchemaMapping(typeName = "Author")
	List<PaperNode> papers(AuthorNode author, @Argument Integer first, DataFetchingEnvironment env) {
		return List.copyOf(neo4j.query("""
				MATCH (:Author {key: $key})-[:AUTHORED]->(p:Paper)
				RETURN p {%s} AS paper ORDER BY coalesce(toString(p.publishedAt), '') DESC, p.id LIMIT $first
				""".formatted(PaperNode.projection(Prefetch.selectsPaperTexts(env))))
			.bind(author.key()).to("key")
			.bind(Paging.first(first, 20)).to("first")
			.fetchAs(PaperNode.class)
			.mappedBy((types, row) -> PaperNode.from(row.get("paper")))
			.all());
	}

	@SchemaMapping(typeName = "Author")
	List<CoAuthor> coauthors(AuthorNode author, @Argument Integer first) {
		return List.copyOf(neo4j.query("""
				MATCH (:Author {key: $key})-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(c:Author)
				WHERE c.key <> $key
				WITH c, count(*) AS papers
				RETURN c {%s} AS author, papers ORDER BY papers DESC, c.key LIMIT $first
				""".formatted(AuthorNode.PROJECTION))
			.bind(author.key()).to("key")
			.bind(Paging.first(first, 20)).to("first")
			.fetchAs(CoAuthor.class)
			.mappedBy((types, row) -> new CoAuthor(AuthorNode.from(row.get("author")), row.get("papers").asInt()))
			.all());
	}

}
