package org.papergraph.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.papergraph.api.BadRequestException;
import org.papergraph.graph.Decimals;
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

	private final NodeLookup lookup;

	ExplorerController(Neo4jClient neo4j, NodeLookup lookup) {
		this.neo4j = neo4j;
		this.lookup = lookup;
	}

	@QueryMapping
	PathView path(@Argument String from, @Argument String to, @Argument Integer maxHops) {
		int hops = maxHops == null ? 4 : maxHops;
		if (hops < 1 || hops > MAX_HOPS) {
			throw new BadRequestException("maxHops must be between 1 and " + MAX_HOPS + ", got " + hops);
		}
		Optional<String> start = lookup.elementId(from);
		Optional<String> end = lookup.elementId(to);
		if (start.isEmpty() || end.isEmpty()) {
			return null;
		}
		if (start.get().equals(end.get())) {
			return new PathView(0, List.of());
		}
		Optional<Record> found = neo4j.query("""
				MATCH (a) WHERE elementId(a) = $start
				MATCH (b) WHERE elementId(b) = $end
				MATCH path = shortestPath((a)-[:HAS_TOPIC|HAS_CODE|AUTHORED|SIMILAR_TO|SUBTOPIC_OF|MENTIONS|HAS_KEYWORD*..%d]-(b))
				UNWIND range(0, length(path) - 1) AS i
				WITH i, nodes(path)[i] AS n, relationships(path)[i] AS r, nodes(path)[i + 1] AS m
				CALL (n) { RETURN %s }
				WITH i, r, {id: gid, kind: kind, label: label} AS fromNode, m
				CALL (m) { WITH m AS n RETURN %s }
				RETURN collect({i: i, relation: type(r), from: fromNode, to: {id: gid, kind: kind, label: label}}) AS hops
				""".formatted(hops, GraphNodeView.COLUMNS, GraphNodeView.COLUMNS))
			.bindAll(Map.of("start", start.get(), "end", end.get()))
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.one();
		if (found.isEmpty() || found.get().get("hops").isEmpty()) {
			return null;
		}
		List<PathView.Hop> path = new ArrayList<>();
		found.get().get("hops").asList(v -> v).stream()
			.sorted(Comparator.comparingInt(v -> v.get("i").asInt()))
			.forEach(v -> path.add(new PathView.Hop(node(v.get("from")), v.get("relation").asString(), node(v.get("to")))));
		return new PathView(path.size(), path);
	}

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
		List<String> types = relations == null || relations.isEmpty() ? ALL_RELATIONS : relations.stream().distinct().toList();
		Map<String, Candidate> chosen = new LinkedHashMap<>();
		for (String seed : seeds) {
			lookup.elementId(seed).ifPresent(element -> chosen.putIfAbsent(element, null));
		}
		if (chosen.isEmpty()) {
			return new SubgraphView(List.of(), List.of(), false);
		}
		Map<String, Candidate> seedNodes = describe(List.copyOf(chosen.keySet()));
		seedNodes.forEach((element, candidate) -> chosen.put(element, candidate.atDistance(0, Double.MAX_VALUE)));
		chosen.values().removeIf(java.util.Objects::isNull);
		boolean truncated = false;
		List<String> frontier = List.copyOf(chosen.keySet());
		for (int level = 1; level <= maxDepth && !frontier.isEmpty() && chosen.size() < maxNodes; level++) {
			Map<String, Candidate> next = neighbours(frontier, types, chosen.keySet(), level);
			List<Candidate> ranked = next.values().stream()
				.sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::gid))
				.toList();
			int room = maxNodes - chosen.size();
			if (ranked.size() > room) {
				truncated = true;
			}
			List<String> added = new ArrayList<>();
			for (Candidate candidate : ranked.subList(0, Math.min(room, ranked.size()))) {
				chosen.put(candidate.element(), candidate);
				added.add(candidate.element());
			}
			frontier = added;
		}
		return new SubgraphView(nodes(chosen.values()), edges(chosen, types), truncated);
	}

	private Map<String, Candidate> describe(List<String> elements) {
		Map<String, Candidate> result = new LinkedHashMap<>();
		neo4j.query("UNWIND $elements AS e MATCH (n) WHERE elementId(n) = e RETURN e AS element, " + GraphNodeView.COLUMNS)
			.bind(elements).to("elements")
			.fetchAs(Candidate.class)
			.mappedBy((types, row) -> candidate(row, 0, 0))
			.all()
			.forEach(c -> result.put(c.element(), c));
		return result;
	}

	private Map<String, Candidate> neighbours(List<String> frontier, List<String> types, Set<String> known, int level) {
		Map<String, Candidate> found = new HashMap<>();
		neo4j.query("""
				UNWIND $frontier AS f
				MATCH (s) WHERE elementId(s) = f
				CALL (s) {
				  MATCH (s)-[r]-(n)
				  WHERE type(r) IN $types AND (%s)
				  WITH n, r, coalesce(r.score, 0.5) AS strength
				  ORDER BY strength DESC, elementId(n)
				  LIMIT $fanOut
				  RETURN n, strength
				}
				WITH n, max(strength) AS strength WHERE NOT elementId(n) IN $known
				RETURN elementId(n) AS element, strength, %s
				""".formatted(GraphNodeView.WALKABLE, GraphNodeView.COLUMNS))
			.bindAll(Map.of("frontier", frontier, "types", types, "known", List.copyOf(known), "fanOut", FAN_OUT))
			.fetchAs(Candidate.class)
			.mappedBy((t, row) -> candidate(row, level, row.get("strength").asDouble()))
			.all()
			.forEach(c -> found.merge(c.element(), c, (a, b) -> a.score() >= b.score() ? a : b));
		return found;
	}

	private List<GraphEdgeView> edges(Map<String, Candidate> chosen, List<String> types) {
		return List.copyOf(neo4j.query("""
				MATCH (a)-[r]->(b)
				WHERE elementId(a) IN $elements AND elementId(b) IN $elements AND type(r) IN $types
				RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS relation, coalesce(r.score, 1.0) AS weight
				ORDER BY a, b, relation
				""")
			.bindAll(Map.of("elements", List.copyOf(chosen.keySet()), "types", types))
			.fetchAs(GraphEdgeView.class)
			.mappedBy((t, row) -> new GraphEdgeView(chosen.get(row.get("a").asString()).gid(),
					chosen.get(row.get("b").asString()).gid(), row.get("relation").asString(),
					Math.min(1.0, Decimals.round(row.get("weight").asDouble(), 3))))
			.all());
	}

	private static List<GraphNodeView> nodes(java.util.Collection<Candidate> candidates) {
		int maxDegree = candidates.stream().mapToInt(Candidate::degree).max().orElse(1);
		List<GraphNodeView> nodes = new ArrayList<>();
		for (Candidate c : candidates) {
			double weight = Math.log1p(c.degree()) / Math.log1p(Math.max(1, maxDegree));
			nodes.add(new GraphNodeView(c.gid(), c.kind(), c.label(), Decimals.round(weight, 3)));
		}
		return nodes;
	}

	private static Candidate candidate(Record row, int distance, double strength) {
		return new Candidate(row.get("element").asString(), row.get("gid").asString(), row.get("kind").asString(),
				row.get("label").asString(""), row.get("degree").asInt(), distance, strength);
	}

	private static GraphNodeView node(Value value) {
		return new GraphNodeView(value.get("id").asString(), value.get("kind").asString(), value.get("label").asString(""),
				1.0);
	}

	/** A node met while expanding, with how it was reached. */
	private record Candidate(String element, String gid, String kind, String label, int degree, int distance,
			double strength) {

		Candidate atDistance(int d, double s) {
			return new Candidate(element, gid, kind, label, degree, d, s);
		}

		/** Strongest link first, then the more connected node. */
		double score() {
			return strength + Math.log1p(degree) / 100.0;
		}

	}

}
