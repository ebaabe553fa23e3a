package org.papergraph.explorer;

import java.util.Map;
import java.util.Optional;

import org.papergraph.graph.GraphIds;
import org.papergraph.graph.PaperReader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds the database node behind a global id (papers also by arXiv id or an old id), with one constant query per
 * node kind.
 */
@Component
class NodeLookup {

	private static final Map<String, String> BY_LABEL = Map.of(
			"Topic", "MATCH (n:Topic {slug: $key}) RETURN elementId(n) AS element",
			"Repository", "MATCH (n:Repository {key: $key}) RETURN elementId(n) AS element",
			"Author", "MATCH (n:Author {key: $key}) RETURN elementId(n) AS element",
			"Cluster", "MATCH (n:Cluster {id: $key}) RETURN elementId(n) AS element",
			"Keyword", "MATCH (n:Keyword {key: $key}) RETURN elementId(n) AS element");

	private final Neo4jClient neo4j;

	private final PaperReader papers;

	NodeLookup(Neo4jClient neo4j, PaperReader papers) {
		this.neo4j = neo4j;
		this.papers = papers;
	}

	/** The element id of the node with this global id, if it exists. */
	Optional<String> elementId(String globalId) {
		Optional<GraphIds.Ref> ref = GraphIds.parse(globalId);
		if (ref.isEmpty()) {
			return Optional.empty();
		}
		String key = ref.get().key();
		if (ref.get().label().equals("Paper")) {
			return papers.elementId(key);
		}
		return neo4j.query(BY_LABEL.get(ref.get().label())).bind(key).to("key").fetchAs(String.class).one();
	}

}
