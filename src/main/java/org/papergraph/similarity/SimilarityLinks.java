package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import org.papergraph.graph.Decimals;

/**
 * Maintains {@code (a)-[:SIMILAR_TO {score, rank}]->(b)}: each embedded paper's k most similar papers by cosine
 * similarity, above a floor. New papers are linked through the vector index and enter older papers' lists where
 * they beat the weakest link; a full rebuild searches all vectors in memory ({@link NearestNeighbours}) and rewrites
 * only the lists that changed, each batch of papers in one transaction.
 */
@Component
class SimilarityLinks {

	private static final int READ_PAGE = 5_000;

	private static final int WRITE_PAPERS = 2_000;

	private final Driver driver;

	private final SimilarityProperties properties;

	SimilarityLinks(Driver driver, SimilarityProperties properties) {
		this.driver = driver;
		this.properties = properties;
	}

	/**
	 * What a full rebuild did and how long its stages took.
	 *
	 * @param papers embedded papers searched
	 * @param links links the lists hold
	 * @param rewritten papers whose list changed and was written
	 * @param exact whether every pair was compared
	 * @param readMillis reading the vectors
	 * @param searchMillis the in-memory neighbour search alone
	 * @param writeMillis comparing with the stored lists and writing the changed ones
	 */
	record Rebuild(int papers, long links, int rewritten, boolean exact, long readMillis, long searchMillis,
			long writeMillis) {

		/** The whole rebuild, in milliseconds. */
		long totalMillis() {
			return readMillis + searchMillis + writeMillis;
		}

	}

	/** A paper: its id, and its element id for fast lookups within one run. */
	private record Ref(String id, String elementId) {
	}

	/** A neighbour in a list. */
	private record Neighbour(Ref paper, double score) {
	}

	/**
	 * Links freshly embedded papers: each gets its own list from the vector index (exact cosine for the candidates
	 * found), and enters the list of every candidate it is closer to than that candidate's weakest link.
	 */
	void linkNew(Collection<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		int k = properties.neighbours();
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				Map<String, Ref> fresh = new LinkedHashMap<>();
				Map<Ref, List<Neighbour>> lists = new LinkedHashMap<>();
				Map<Ref, List<Neighbour>> newcomers = new LinkedHashMap<>();
				List<Record> rows = tx.run("""
						UNWIND $ids AS id
						MATCH (p:Paper {id: id}) WHERE p.embedding IS NOT NULL
						CALL db.index.vector.queryNodes('paper_embedding', $candidates, p.embedding) YIELD node
						WITH p, node WHERE node <> p
						RETURN p.id AS id, elementId(p) AS element, node.id AS other, elementId(node) AS otherElement,
						       2 * vector.similarity.cosine(p.embedding, node.embedding) - 1 AS cosine
						""", Map.of("ids", List.copyOf(ids), "candidates", 3 * k + 1)).list();
				rows.forEach(row -> fresh.put(row.get("id").asString(),
						new Ref(row.get("id").asString(), row.get("element").asString())));
				fresh.values().forEach(paper -> lists.put(paper, new ArrayList<>()));
				for (Record row : rows) {
					double cosine = row.get("cosine").asDouble();
					if (cosine < properties.floor()) {
						continue;
					}
					Ref paper = fresh.get(row.get("id").asString());
					Ref other = new Ref(row.get("other").asString(), row.get("otherElement").asString());
					lists.get(paper).add(new Neighbour(other, cosine));
					if (!fresh.containsKey(other.id())) {
						newcomers.computeIfAbsent(other, o -> new ArrayList<>()).add(new Neighbour(paper, cosine));
					}
				}
				Map<Ref, List<Neighbour>> changed = new LinkedHashMap<>();
				lists.forEach((paper, list) -> changed.put(paper, top(list, k)));
				Map<Ref, List<Neighbour>> current = stored(tx, newcomers.keySet());
				newcomers.forEach((other, closer) -> {
					List<Neighbour> existing = current.getOrDefault(other, List.of());
					List<Neighbour> merged = new ArrayList<>(existing);
					merged.removeIf(n -> fresh.containsKey(n.paper().id()));
					merged.addAll(closer);
					List<Neighbour> best = top(merged, k);
					if (!same(best, existing)) {
						changed.put(other, best);
					}
				});
				write(tx, changed, paper -> true);
			});
		}
	}

	/** Rebuilds every embedded paper's list from all vectors; unchanged lists are left as they are. */
	Rebuild rebuildAll() {
		long started = System.nanoTime();
		List<Ref> papers = new ArrayList<>();
		List<float[]> read = new ArrayList<>();
		try (Session session = driver.session()) {
			String after = "";
			while (true) {
				String from = after;
				List<Record> page = session.executeRead(tx -> tx.run("""
						MATCH (p:Paper) WHERE p.id > $after AND p.embedding IS NOT NULL
						RETURN p.id AS id, elementId(p) AS element, p.embedding AS vector
						ORDER BY p.id LIMIT $limit
						""", Map.of("after", from, "limit", READ_PAGE)).list());
				if (page.isEmpty()) {
					break;
				}
				for (Record record : page) {
					papers.add(new Ref(record.get("id").asString(), record.get("element").asString()));
					read.add(vector(record.get("vector")));
				}
				after = papers.get(papers.size() - 1).id();
			}
		}
		float[][] vectors = read.toArray(float[][]::new);
		read.clear();
		long readDone = System.nanoTime();
		NearestNeighbours.Result result = NearestNeighbours.search(vectors, settings());
		vectors = null;
		long searchDone = System.nanoTime();
		long links = 0;
		int rewritten = 0;
		try (Session session = driver.session()) {
			for (int from = 0; from < papers.size(); from += WRITE_PAPERS) {
				Map<Ref, List<Neighbour>> lists = new LinkedHashMap<>();
				for (int i = from; i < Math.min(papers.size(), from + WRITE_PAPERS); i++) {
					List<Neighbour> list = new ArrayList<>();
					for (int j = 0; j < result.neighbours()[i].length; j++) {
						list.add(new Neighbour(papers.get(result.neighbours()[i][j]), round(result.scores()[i][j])));
					}
					links += list.size();
					lists.put(papers.get(i), list);
				}
				rewritten += session.executeWrite(tx -> {
					Map<Ref, List<Neighbour>> stored = stored(tx, lists.keySet());
					Map<Ref, List<Neighbour>> changed = new LinkedHashMap<>();
					lists.forEach((paper, list) -> {
						if (!same(list, stored.getOrDefault(paper, List.of()))) {
							changed.put(paper, list);
						}
					});
					write(tx, changed, stored::containsKey);
					return changed.size();
				});
			}
		}
		long done = System.nanoTime();
		return new Rebuild(papers.size(), links, rewritten, result.exact(), (readDone - started) / 1_000_000,
				(searchDone - readDone) / 1_000_000, (done - searchDone) / 1_000_000);
	}

	/** The settings of the in-memory search, from the configuration. */
	NearestNeighbours.Settings settings() {
		return new NearestNeighbours.Settings(properties.neighbours(), (float) properties.floor(),
				properties.exactUpTo(), properties.probes(), Runtime.getRuntime().availableProcessors(), 42L);
	}

	/** How many similar-paper links the graph holds. */
	long count() {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH ()-[s:SIMILAR_TO]->() RETURN count(s) AS n")
				.single()
				.get("n")
				.asLong());
		}
	}

	/** The stored lists of the given papers, by rank. */
	private static Map<Ref, List<Neighbour>> stored(TransactionContext tx, Set<Ref> papers) {
		Map<Ref, List<Neighbour>> lists = new HashMap<>();
		if (papers.isEmpty()) {
			return lists;
		}
		Map<String, Ref> byElement = new HashMap<>();
		papers.forEach(paper -> byElement.put(paper.elementId(), paper));
		tx.run("""
				UNWIND $elements AS element
				MATCH (p:Paper)-[s:SIMILAR_TO]->(other:Paper) WHERE elementId(p) = element
				RETURN element, other.id AS other, elementId(other) AS otherElement, s.score AS score
				ORDER BY element, s.rank
				""", Map.of("elements", List.copyOf(byElement.keySet()))).list().forEach(row -> lists
			.computeIfAbsent(byElement.get(row.get("element").asString()), paper -> new ArrayList<>())
			.add(new Neighbour(new Ref(row.get("other").asString(), row.get("otherElement").asString()),
					row.get("score").asDouble())));
		return lists;
	}

	private static boolean same(List<Neighbour> a, List<Neighbour> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!a.get(i).paper().id().equals(b.get(i).paper().id())
					|| Math.abs(a.get(i).score() - b.get(i).score()) > 1e-4) {
				return false;
			}
		}
		return true;
	}

	private static List<Neighbour> top(List<Neighbour> list, int k) {
		Set<String> seen = new HashSet<>();
		return list.stream()
			.sorted(Comparator.comparingDouble(Neighbour::score).reversed().thenComparing(n -> n.paper().id()))
			.filter(n -> seen.add(n.paper().id()))
			.limit(k)
			.map(n -> new Neighbour(n.paper(), round(n.score())))
			.toList();
	}

	/**
	 * Replaces the outgoing links of each paper given with its new list (ranked from 1); papers are found by element
	 * id and the source checked by id, so a paper deleted meanwhile is skipped rather than confused with another.
	 * Only papers that {@code mayHaveLinks} are cleared first.
	 */
	private static void write(TransactionContext tx, Map<Ref, List<Neighbour>> lists, Predicate<Ref> mayHaveLinks) {
		if (lists.isEmpty()) {
			return;
		}
		List<Map<String, Object>> cleared = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		lists.forEach((paper, list) -> {
			if (mayHaveLinks.test(paper)) {
				cleared.add(Map.of("element", paper.elementId(), "id", paper.id()));
			}
			List<Map<String, Object>> neighbours = new ArrayList<>();
			for (int rank = 0; rank < list.size(); rank++) {
				neighbours.add(Map.of("element", list.get(rank).paper().elementId(), "score", list.get(rank).score(),
						"rank", rank + 1));
			}
			if (!neighbours.isEmpty()) {
				rows.add(Map.of("element", paper.elementId(), "id", paper.id(), "neighbours", neighbours));
			}
		});
		if (!cleared.isEmpty()) {
			tx.run("""
					UNWIND $papers AS paper
					MATCH (a:Paper)-[old:SIMILAR_TO]->() WHERE elementId(a) = paper.element AND a.id = paper.id
					DELETE old
					""", Map.of("papers", cleared)).consume();
		}
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:Paper) WHERE elementId(a) = row.element AND a.id = row.id
				UNWIND row.neighbours AS n
				MATCH (b:Paper) WHERE elementId(b) = n.element
				CREATE (a)-[:SIMILAR_TO {score: n.score, rank: n.rank}]->(b)
				""", Map.of("rows", rows)).consume();
	}

	private static double round(double score) {
		return Decimals.round(score, 4);
	}

	private static float[] vector(Value value) {
		float[] vector = new float[value.size()];
		int d = 0;
		for (Value component : value.values()) {
			vector[d++] = (float) component.asDouble();
		}
		NearestNeighbours.normalize(vector);
		return vector;
	}

}
