package org.papergraph.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads papers for the API: one by any id it is known under, or many by id in a single query.
 */
@Component
public class PaperReader {

	/** A new-style arXiv id, with or without its version. */
	private static final Pattern ARXIV_KEY = Pattern.compile("^\\d{4}\\.\\d{4,5}(v\\d+)?$");

	/** An old-style arXiv id ({@code hep-th/9901001}), with or without its version. */
	private static final Pattern OLD_ARXIV_KEY = Pattern.compile("^[a-z-]+(\\.[A-Z]{2})?/\\d{7}(v\\d+)?$");

	private final Neo4jClient neo4j;

	public PaperReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A paper by its id, its arXiv id (any version), its graph node's id, or an id it was served under before. */
	public Optional<PaperNode> find(String anyId) {
		return lookup(anyId, "p {" + PaperNode.PROJECTION + "} AS paper", row -> PaperNode.from(row.get("paper")));
	}

	/**
	 * The arXiv id a paper id given by a client stands for ({@code 2308.16137v2} stands for {@code 2308.16137}); any
	 * other text stands for itself.
	 */
	public static String arxivKey(String id) {
		return PaperIdentity.arxivId(id)
			.filter(a -> ARXIV_KEY.matcher(id).matches() || OLD_ARXIV_KEY.matcher(id).matches())
			.orElse(id);
	}

	/** Whether a paper may be known under this id only as a former id, which {@link #find} also looks up. */
	public static boolean mayBeFormerId(String id) {
		return id != null && id.strip().startsWith(PaperIdentity.TITLE_ID_PREFIX);
	}

	private <T> Optional<T> lookup(String anyId, String returns, Function<Record, T> mapper) {
		if (anyId == null || anyId.isBlank() || anyId.length() > 200) {
			return Optional.empty();
		}
		String given = anyId.strip();
		String id = given.startsWith(GraphIds.GRAPH_NODE) ? given.substring(GraphIds.GRAPH_NODE.length()) : given;
		String arxivId = arxivKey(id);
		Optional<T> direct = neo4j.query("""
				OPTIONAL MATCH (byId:Paper {id: $id})
				OPTIONAL MATCH (byArxiv:Paper {arxivId: $arxivId})
				WITH coalesce(byId, byArxiv) AS p WHERE p IS NOT NULL
				RETURN %s
				""".formatted(returns))
			.bindAll(Map.of("id", id, "arxivId", arxivId))
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one()
			.map(mapper);
		if (direct.isPresent() || !id.startsWith(PaperIdentity.TITLE_ID_PREFIX)) {
			return direct;
		}
		return neo4j.query("MATCH (p:Paper) WHERE $id IN p.aliases RETURN %s LIMIT 1".formatted(returns))
			.bind(id).to("id")
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one()
			.map(mapper);
	}

	/** Papers by id, in the order of the ids given; unknown ids are left out. */
	public List<PaperNode> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, PaperNode> found = new LinkedHashMap<>();
		neo4j.query("""
				UNWIND $ids AS id
				MATCH (p:Paper {id: id})
				RETURN p {%s} AS paper
				""".formatted(PaperNode.PROJECTION))
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(PaperNode.class)
			.mappedBy((types, row) -> PaperNode.from(row.get("paper")))
			.all()
			.forEach(paper -> found.put(paper.id(), paper));
		return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

}
