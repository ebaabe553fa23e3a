package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.papergraph.graph.PaperNode;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code MENTIONS} links for the API, for many papers in one query.
 */
@Component
class PaperMentions {

	private final Neo4jClient neo4j;

	PaperMentions(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The papers each paper's abstract names ({@code outgoing}) or that name it, by paper id, ordered by title. */
	Map<String, List<PaperNode>> of(Collection<String> ids, boolean outgoing) {
		Map<String, List<PaperNode>> mentions = new HashMap<>();
		ids.forEach(id -> mentions.put(id, new ArrayList<>()));
		neo4j.query("""
				UNWIND $ids AS id
				MATCH (p:Paper {id: id})%s(other:Paper)
				RETURN DISTINCT id, other {%s} AS paper, other.title AS title
				ORDER BY title, paper.id
				""".formatted(outgoing ? "-[:MENTIONS]->" : "<-[:MENTIONS]-", PaperNode.PROJECTION))
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(Mention.class)
			.mappedBy((types, row) -> new Mention(row.get("id").asString(), PaperNode.from(row.get("paper"))))
			.all()
			.forEach(mention -> mentions.get(mention.paperId()).add(mention.paper()));
		return mentions;
	}

	private record Mention(String paperId, PaperNode paper) {
	}

}
