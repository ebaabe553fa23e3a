package org.papergraph.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.papergraph.api.BadRequestException;
import org.papergraph.graph.Decimals;
import org.papergraph.graph.GraphIds;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.PaperReader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code path} and {@code subgraph}.
 */
@Controller
class ExplorerController {

	static final int MAX_HOPS = 6;

	static final int MAX_DEPTH = 3;

	static final int MAX_LIMIT = 500;

	static final int MAX_SEEDS = 20;

	/** Neighbours taken per node and level at most, the strongest first, so hubs do not swamp a neighbourhood. */
	static final int FAN_OUT = 60;

	/**
	 * Relationships a path may follow: between papers, topics, keywords, repositories and authors, the only labels
	 * they reach, so the search needs no filter on nodes. The hop bound is part of the pattern (a validated number
	 * from 1 to {@value #MAX_HOPS}, not text from the request), so the search stops there.
	 */
	static final List<String> PATH_RELATIONS = List.of("HAS_TOPIC", "HAS_CODE", "AUTHORED", "SIMILAR_TO",
			"SUBTOPIC_OF", "MENTIONS", "HAS_KEYWORD");

	/** Relationships a neighbourhood shows unless told otherwise. */
	static final List<String> ALL_RELATIONS = List.of("HAS_TOPIC", "HAS_CODE", "AUTHORED", "SIMILAR_TO", "IN_CLUSTER",
			"SUBTOPIC_OF", "MENTIONS", "HAS_KEYWORD", "SIGNALS");

	private final Neo4jClient neo4j;

	private final PaperReader papers;

	/** The shortest-path statement for each pair of end kinds and hop bound, written once. */
	private final Map<String, String> pathQueries = new ConcurrentHashMap<>();

	ExplorerController(Neo4jClient neo4j, PaperReader papers) {
		this.neo4j = neo4j;
		this.papers = papers;
	}

	/**
	 * The shortest path in one statement that also finds both ends by their global ids; only an end known by a former
	 * paper id takes a lookup of its own, and the statement runs again with the paper's current id.
	 */
	@QueryMapping
	PathView path(@Argument String from, @Argument String to, @Argument Integer maxHops) {
		int hops = maxHops == null ? 4 : maxHops;
		if (hops < 1 || hops > MAX_HOPS) {
			throw new BadRequestException("maxHops must be between 1 and " + MAX_HOPS + ", got " + hops);
		}
		if (GraphIds.parse(from).isEmpty() || GraphIds.parse(to).isEmpty()) {
			return null;
		}
		Record found = shortestPath(from, to, hops);
		boolean fromFound = found.get("fromFound").asBoolean();
		boolean toFound = found.get("toFound").asBoolean();
		if ((!fromFound && PaperReader.mayBeFormerId(from)) || (!toFound && PaperReader.mayBeFormerId(to))) {
			String start = fromFound ? from : currentId(from).orElse(null);
			String end = toFound ? to : currentId(to).orElse(null);
			if (start == null || end == null) {
				return null;
			}
			found = shortestPath(start, end, hops);
			fromFound = found.get("fromFound").asBoolean();
			toFound = found.get("toFound").asBoolean();
		}
		if (!fromFound || !toFound) {
			return null;
		}
		if (found.get("same").asBoolean(false)) {
			return new PathView(0, List.of());
		}
		return view(found.get("hops"));
	}

	private Record shortestPath(String from, String to, int hops) {
		GraphIds.Ref start = GraphIds.parse(from).orElseThrow();
		GraphIds.Ref end = GraphIds.parse(to).orElseThrow();
		String query = pathQueries.computeIfAbsent(start.label() + "|" + end.label() + "|" + hops,
				key -> PATH.formatted(resolve(start), resolve(end),
						String.join("|", PATH_RELATIONS), hops, GraphNodeView.GID, GraphNodeView.KIND,
						GraphNodeView.LABEL));
		return neo4j.query(query).bindAll(Map.of("from", ref(from), "to", ref(to))).fetchAs(Record.class)
			.mappedBy((types, row) -> row).one().orElseThrow();
	}

	/**
	 * Cypher that finds the node of a global id given as {@code ref} (see {@link #ref}), like {@link #RESOLVE} but
	 * looking only where nodes of its kind live; the label and key property are the id's own, never request text.
	 */
	private static String resolve(GraphIds.Ref id) {
		if (id.label().equals("Paper")) {
			return RESOLVE_PAPER;
		}
		return "OPTIONAL MATCH (n:" + id.label() + " {" + id.keyProperty() + ": ref." + refKey(id.label())
				+ "}) RETURN n";
	}

	/** The current id of a paper known by this former id; empty for any other id. */
	private Optional<String> currentId(String id) {
		return PaperReader.mayBeFormerId(id) ? papers.find(id).map(PaperNode::id) : Optional.empty();
	}

	/** The hops as the API serves them, in path order; no hops means no path. */
	private static PathView view(Value hops) {
		if (hops == null || hops.isNull() || hops.isEmpty()) {
			return null;
		}
		List<PathView.Hop> path = new ArrayList<>();
		hops.asList(v -> v).stream()
			.sorted(Comparator.comparingInt(v -> v.get("i").asInt()))
			.forEach(v -> path.add(new PathView.Hop(node(v.get("from")), v.get("relation").asString(), node(v.get("to")))));
		return new PathView(path.size(), path);
	}

	/**
	 * A neighbourhood in one statement: the seeds found by their global ids, then level by level each new node's
	 * {@value #FAN_OUT} strongest links, new nodes ranked by link strength and then degree until the limit, then
	 * every link among the chosen nodes. Only seeds known by a former paper id take a lookup of their own.
	 */
	@QueryMapping
	SubgraphView subgraph(@Argument List<String> seeds, @Argument Integer depth, @Argument Integer limit,
			@Argument List<String> relations) {
		int maxDepth = depth == null ? 1 : depth;
		int maxNodes = limit == null ? 100 : limit;
		if (seeds.isEmpty() || seeds.size() > MAX_SEEDS) {
			throw new BadRequestException("seeds must hold between 1 and " + MAX_SEEDS + " ids");
		}
		if (maxDepth < 0 || maxDepth > MAX_DEPTH) {
			throw new BadRequestException("depth must be between 0 and " + MAX_DEPTH + ", got " + maxDepth);
		}
		if (maxNodes < 1 || maxNodes > MAX_LIMIT) {
			throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ", got " + maxNodes);
		}
		List<String> types = relations == null || relations.isEmpty() ? ALL_RELATIONS
				: relations.stream().distinct().toList();
		List<Map<String, Object>> refs = new ArrayList<>();
		for (String seed : seeds) {
			refs.add(ref(seed));
		}
		Record found = neighbourhood(refs, maxDepth, maxNodes, types);
		List<Integer> missing = found.get("missing").asList(Value::asInt);
		boolean resolved = false;
		for (int i : missing) {
			Optional<String> current = currentId(seeds.get(i));
			if (current.isPresent()) {
				refs.set(i, ref(current.get()));
				resolved = true;
			}
		}
		if (resolved) {
			found = neighbourhood(refs, maxDepth, maxNodes, types);
		}
		List<Value> views = found.get("views").asList(v -> v);
		Map<String, String> gids = new HashMap<>();
		List<GraphNodeView> nodes = new ArrayList<>();
		for (Value view : views) {
			gids.put(view.get("element").asString(), view.get("gid").asString());
			nodes.add(GraphNodeView.of(view.get("gid").asString(), view.get("kind").asString(),
					view.get("label").asString(""), view.get("degree").asLong()));
		}
		List<GraphEdgeView> edges = found.get("edges").asList(e -> new GraphEdgeView(gids.get(e.get("a").asString()),
				gids.get(e.get("b").asString()), e.get("relation").asString(),
				Math.min(1.0, Decimals.round(e.get("weight").asDouble(), 3))));
		return new SubgraphView(nodes, edges, found.get("truncated").asBoolean());
	}

	/** A global id as the parameters of {@link #RESOLVE}: the key of its kind set, the others null. */
	private static Map<String, Object> ref(String seed) {
		Map<String, Object> ref = new HashMap<>();
		GraphIds.parse(seed).ifPresent(parsed -> {
			if (parsed.label().equals("Paper")) {
				ref.put("paper", parsed.key().strip());
				ref.put("arxiv", PaperReader.arxivKey(parsed.key().strip()));
			}
			else {
				ref.put(refKey(parsed.label()), parsed.key());
			}
		});
		return ref;
	}

	/** The key of {@link #ref} under which a node of this label other than a paper is given. */
	private static String refKey(String label) {
		return label.toLowerCase(Locale.ROOT);
	}

	/**
	 * The shortest path between two global ids given as {@code $from} and {@code $to} (see {@link #ref}), with how to
	 * find each end, the hop bound and the relationships filled in: whether each end was found, whether they are the
	 * same node, the hops.
	 */
	private static final String PATH = """
			CALL () { WITH $from AS ref %s AS a }
			CALL () { WITH $to AS ref %s AS b }
			WITH a, b, CASE WHEN a <> b THEN a END AS start
			OPTIONAL MATCH path = shortestPath((start)-[:%s*..%d]-(b))
			WITH a, b, path, [n IN nodes(path) | {id: %s, kind: %s, label: %s, degree: COUNT { (n)--() }}] AS views
			RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a = b AS same,
			       CASE WHEN path IS NOT NULL THEN [i IN range(0, length(path) - 1) |
			         {i: i, relation: type(relationships(path)[i]), from: views[i], to: views[i + 1]}] END AS hops
			""";


	/**
	 * Cypher that finds the node of a global id given as {@code ref} (see {@link #ref}): a paper by its id or arXiv id,
	 * any other node by its key; it ends with the node, or null, for the caller to name ({@code ... AS name}).
	 */
	private static final String RESOLVE = """
			  OPTIONAL MATCH (byId:Paper {id: ref.paper})
			  OPTIONAL MATCH (byArxiv:Paper {arxivId: ref.arxiv})
			  OPTIONAL MATCH (topic:Topic {slug: ref.topic})
			  OPTIONAL MATCH (repository:Repository {key: ref.repository})
			  OPTIONAL MATCH (author:Author {key: ref.author})
			  OPTIONAL MATCH (cluster:Cluster {id: ref.cluster})
			  OPTIONAL MATCH (keyword:Keyword {key: ref.keyword})
			  RETURN coalesce(byId, byArxiv, topic, repository, author, cluster, keyword)""";

	/** How a paper given as {@code ref} is found: by its id or its arXiv id. */
	private static final String RESOLVE_PAPER = """
			  OPTIONAL MATCH (byId:Paper {id: ref.paper})
			  OPTIONAL MATCH (byArxiv:Paper {arxivId: ref.arxiv})
			  RETURN coalesce(byId, byArxiv)""";

	/** Finds the seeds, in the order given and without repeats, as {@code chosen}; {@code missing}: seeds not found. */
	private static final String NEIGHBOURHOOD_SEEDS = """
			UNWIND range(0, size($seeds) - 1) AS i
			WITH i, $seeds[i] AS ref
			CALL (ref) { %s AS seed }
			WITH i, seed ORDER BY i
			WITH collect(seed) AS found, collect(CASE WHEN seed IS NULL THEN i END) AS missing
			WITH missing, reduce(unique = [], s IN found | CASE WHEN s IN unique THEN unique ELSE unique + s END) AS chosen,
			     0 AS start, false AS truncated
			""".formatted(RESOLVE);

	/**
	 * One level: from each node added by the previous level (from {@code start} on), its strongest links; new nodes
	 * ranked by the strongest link that reached them plus a little for degree, then by global id, added up to the
	 * limit.
	 */
	private static final String NEIGHBOURHOOD_LEVEL = """
			CALL (chosen, start) {
			  UNWIND CASE WHEN size(chosen) < $limit THEN chosen[start..] ELSE [] END AS s
			  CALL (s) {
			    MATCH (s)-[r]-(n)
			    WHERE type(r) IN $types AND (%s)
			    WITH n, coalesce(r.score, 0.5) AS strength
			    ORDER BY strength DESC, elementId(n)
			    LIMIT $fanOut
			    RETURN n, strength
			  }
			  WITH n, max(strength) AS strength WHERE NOT n IN chosen
			  WITH n, strength + log(1 + COUNT { (n)--() }) / 100.0 AS score, %s AS gid
			  ORDER BY score DESC, gid
			  RETURN collect(n) AS ranked
			}
			WITH missing, chosen + ranked[0..($limit - size(chosen))] AS next, size(chosen) AS start,
			     truncated OR (size(chosen) < $limit AND size(ranked) > $limit - size(chosen)) AS truncated
			WITH missing, next AS chosen, start, truncated
			""".formatted(GraphNodeView.WALKABLE, GraphNodeView.GID);

	/** The chosen nodes as views, and every link among them. */
	private static final String NEIGHBOURHOOD_VIEWS = """
			WITH missing, truncated, chosen,
			     [n IN chosen | {element: elementId(n), gid: %s, kind: %s, label: %s, degree: COUNT { (n)--() }}] AS views
			CALL (chosen) {
			  UNWIND chosen AS a
			  MATCH (a)-[r]->(b)
			  WHERE type(r) IN $types AND b IN chosen
			  WITH a, b, r ORDER BY elementId(a), elementId(b), type(r)
			  RETURN collect({a: elementId(a), b: elementId(b), relation: type(r), weight: coalesce(r.score, 1.0)}) AS edges
			}
			RETURN missing, truncated, views, edges
			""".formatted(GraphNodeView.GID, GraphNodeView.KIND, GraphNodeView.LABEL);

	private Record neighbourhood(List<Map<String, Object>> refs, int depth, int limit, List<String> types) {
		String query = NEIGHBOURHOOD_SEEDS + NEIGHBOURHOOD_LEVEL.repeat(depth) + NEIGHBOURHOOD_VIEWS;
		return neo4j.query(query)
			.bindAll(Map.of("seeds", refs, "limit", limit, "types", types, "fanOut", FAN_OUT))
			.fetchAs(Record.class)
			.mappedBy((t, row) -> row)
			.one()
			.orElseThrow();
	}

	private static GraphNodeView node(Value value) {
		return GraphNodeView.of(value.get("id").asString(), value.get("kind").asString(), value.get("label").asString(""),
				value.get("degree").asLong());
	}

}
