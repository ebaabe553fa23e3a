package org.papergraph.papers;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.papergraph.api.BadRequestException;
import org.papergraph.api.Connection;
import org.papergraph.api.Paging;
import org.papergraph.api.Prefetch;
import org.papergraph.graph.AuthorNode;
import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.GraphIds;
import org.papergraph.graph.PaperFilter;
import org.papergraph.graph.PaperFinder;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.PaperOrder;
import org.papergraph.graph.PaperReader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code paper}, {@code papers}, {@code bridges} and {@code author}.
 */
@Controller
class PaperController {

	private static final int MAX_BRIDGE_TOPICS = 10;

	private final PaperReader reader;

	private final PaperFinder finder;

	private final Neo4jClient neo4j;

	PaperController(PaperReader reader, PaperFinder finder, Neo4jClient neo4j) {
		this.reader = reader;
		this.finder = finder;
		this.neo4j = neo4j;
	}

	@QueryMapping
	PaperNode paper(@Argument String id) {
		return reader.find(id).orElse(null);
	}

	@QueryMapping
	Connection<PaperNode> papers(@Argument Integer first, @Argument String after, @Argument PaperFilter filter,
			@Argument PaperOrder orderBy, DataFetchingEnvironment env) {
		return finder.page(filter, orderBy == null ? PaperOrder.PUBLISHED_DESC : orderBy, Paging.first(first, 20), after,
				Prefetch.selects(env, "totalCount"), Prefetch.selectsPaperTexts(env));
	}

	@QueryMapping
	List<PaperNode> bridges(@Argument List<String> topics, @Argument Integer first, DataFetchingEnvironment env) {
		int size = Paging.first(first, 10);
		if (topics.isEmpty() || topics.size() > MAX_BRIDGE_TOPICS) {
			throw new BadRequestException("bridges needs between 1 and " + MAX_BRIDGE_TOPICS + " topics");
		}
		List<String> slugs = topics.stream().distinct().toList();
		return neo4j.query("""
				MATCH (s:Topic) WHERE s.slug IN $slugs
				WITH collect(s) AS given
				WITH given, COLLECT { UNWIND given AS s MATCH (u:Topic)-[:SUBTOPIC_OF*0..]->(s) RETURN DISTINCT u } AS under
				WHERE size(given) = size($slugs)
				UNWIND given AS s
				WITH given, under, s ORDER BY COUNT { (s)<-[:IN_TOPIC]-() } LIMIT 1
				MATCH (s)<-[:IN_TOPIC]-(p:Paper)
				WHERE all(other IN given WHERE other = s OR EXISTS { (p)-[:IN_TOPIC]->(other) })
				CALL (p, under) {
				  MATCH (p)-[r:HAS_TOPIC]->(t:Topic) WHERE t IN under
				  RETURN sum(r.score) AS strength
				}
				RETURN p {%s} AS paper
				ORDER BY strength DESC, coalesce(p.upvotes, 0) DESC, p.id
				LIMIT $first
				""".formatted(PaperNode.projection(Prefetch.selectsPaperTexts(env))))
			.bind(slugs).to("slugs")
			.bind(size).to("first")
			.fetchAs(PaperNode.class)
			.mappedBy((types, row) -> PaperNode.from(row.get("paper")))
			.all()
			.stream()
			.toList();
	}

	@QueryMapping
	AuthorNode author(@Argument String key, @Argument String name) {
		if ((key == null) == (name == null)) {
			throw new BadRequestException("Give exactly one of key or name");
		}
		String value = key != null ? key : name;
		if (value.isBlank() || value.length() > 300) {
			return null;
		}
		String authorKey = key != null && key.startsWith(GraphIds.AUTHOR) ? key.substring(GraphIds.AUTHOR.length())
				: new AuthorRef(value, null).key();
		return neo4j.query("MATCH (a:Author {key: $key}) RETURN a {%s} AS author".formatted(AuthorNode.PROJECTION))
			.bind(authorKey).to("key")
			.fetchAs(AuthorNode.class)
			.mappedBy((types, row) -> AuthorNode.from(row.get("author")))
			.one()
			.orElse(null);
	}

}
