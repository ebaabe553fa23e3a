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

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code (a)-[:SIMILAR_TO {score, rank}]->(b)}: each embedded paper's k most similar papers by cosine
 * similarity, above a floor. New papers are linked through the vector index and enter older papers' lists where
 * they beat the weakest link; a full rebuild searches all vectors in memory ({@link NearestNeighbours}).
 */
@Component
class SimilarityLinks {

	private static final int READ_PAGE = 5_000;

	private static final int WRITE_PAPERS = 1_000;

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
	 * @param links links written
	 * @param exact whether every pair was compared
	 * @param readMillis reading the vectors
	 * @param searchMillis the in-memory neighbour search alone
	 * @param writeMillis writing the links
	 */
	record Rebuild(int papers, long links, boolean exact, long readMillis, long searchMillis, long writeMillis) {
	}

	/** One paper's new list of neighbours. */
	private record Neighbour(String id, double score) {
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
				Map<String, List<Neighbour>> lists = new LinkedHashMap<>();
				ids.forEach(id -> lists.put(id, new ArrayList<>()));
				Map<String, List<Neighbour>> candidates = new HashMap<>();
				tx.run("""
						UNWIND $ids AS id
						MATCH (p:Paper {id: id}) WHERE p.embedding IS NOT NULL
						CALL db.index.vector.queryNodes('paper_embedding', $candidates, p.embedding) YIELD node
						WITH p, node WHERE node <> p
						RETURN p.id AS id, node.id AS other,
						       2 * vector.similarity.cosine(p.embedding, node.embedding) - 1 AS cosine
						""", Map.of("ids", List.copyOf(ids), "candidates", 3 * k + 1)).list().forEach(row -> {
					double cosine = row.get("cosine").asDouble();
					if (cosine >= properties.floor()) {
						String id = row.get("id").asString();
						String other = row.get("other").asString();
						lists.get(id).add(new Neighbour(other, cosine));
						if (!lists.containsKey(other)) {
							candidates.computeIfAbsent(other, o -> new ArrayList<>()).add(new Neighbour(id, cosine));
						}
					}
				});
				Map<String, List<Neighbour>> changed = new LinkedHashMap<>();
				lists.forEach((id, list) -> changed.put(id, top(list, k)));
				Map<String, List<Neighbour>> current = currentLists(tx, candidates.keySet());
				candidates.forEach((other, newcomers) -> {
					List<Neighbour> existing = current.getOrDefault(other, List.of());
					List<Neighbour> merged = new ArrayList<>(existing);
					merged.removeIf(n -> lists.containsKey(n.id()));
					merged.addAll(newcomers);
					List<Neighbour> best = top(merged, k);
					if (!best.equals(top(existing, k))) {
						changed.put(other, best);
					}
				});
				write(tx, changed);
			});
		}
	}

	/** Rebuilds every embedded paper's list from all vectors, in batches of papers each replaced in one transaction. */
	Rebuild rebuildAll() {
		long started = System.nanoTime();
		List<String> ids = new ArrayList<>();
		List<float[]> read = new ArrayList<>();
		try (Session session = driver.session()) {
			String after = "";
			while (true) {
				String from = after;
				List<Record> page = session.executeRead(tx -> tx.run("""
						MATCH (p:Paper) WHERE p.id > $after AND p.embedding IS NOT NULL
						RETURN p.id AS id, p.embedding AS vector
						ORDER BY p.id LIMIT $limit
						""", Map.of("after", from, "limit", READ_PAGE)).list());
				if (page.isEmpty()) {
					break;
				}
				for (Record record : page) {
					ids.add(record.get("id").asString());
					read.add(vector(record.get("vector")));
				}
				after = ids.get(ids.size() - 1);
			}
		}
		float[][] vectors = read.toArray(float[][]::new);
		read.clear();
		long readDone = System.nanoTime();
		NearestNeighbours.Result result = NearestNeighbours.search(vectors, settings());
		long searchDone = System.nanoTime();
		long links = 0;
		try (Session session = driver.session()) {
			for (int from = 0; from < ids.size(); from += WRITE_PAPERS) {
				Map<String, List<Neighbour>> lists = new LinkedHashMap<>();
				for (int i = from; i < Math.min(ids.size(), from + WRITE_PAPERS); i++) {
					List<Neighbour> list = new ArrayList<>();
					for (int j = 0; j < result.neighbours()[i].length; j++) {
						list.add(new Neighbour(ids.get(result.neighbours()[i][j]), result.scores()[i][j]));
					}
					links += list.size();
					lists.put(ids.get(i), list);
				}
				session.executeWriteWithoutResult(tx -> write(tx, lists));
			}
		}
		long done = System.nanoTime();
		return new Rebuild(ids.size(), links, result.exact(), (readDone - started) / 1_000_000,
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

	private static Map<String, List<Neighbour>> currentLists(TransactionContext tx, Set<String> ids) {
		Map<String, List<Neighbour>> lists = new HashMap<>();
		if (ids.isEmpty()) {
			return lists;
		}
		tx.run("""
				UNWIND $ids AS id
				MATCH (p:Paper {id: id})-[s:SIMILAR_TO]->(other:Paper)
				RETURN p.id AS id, other.id AS other, s.score AS score
				""", Map.of("ids", List.copyOf(ids))).list().forEach(row -> lists
			.computeIfAbsent(row.get("id").asString(), id -> new ArrayList<>())
			.add(new Neighbour(row.get("other").asString(), row.get("score").asDouble())));
		return lists;
	}

	private static List<Neighbour> top(List<Neighbour> list, int k) {
		Set<String> seen = new HashSet<>();
		return list.stream()
			.sorted(Comparator.comparingDouble(Neighbour::score).reversed().thenComparing(Neighbour::id))
			.filter(n -> seen.add(n.id()))
			.limit(k)
			.toList();
	}

	/** Replaces the outgoing links of each paper given with its new list (ranked from 1). */
	private static void write(TransactionContext tx, Map<String, List<Neighbour>> lists) {
		if (lists.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		lists.forEach((id, list) -> {
			List<Map<String, Object>> neighbours = new ArrayList<>();
			for (int rank = 0; rank < list.size(); rank++) {
				neighbours.add(Map.of("id", list.get(rank).id(), "score", Math.round(list.get(rank).score() * 10_000) / 10_000.0,
						"rank", rank + 1));
			}
			rows.add(Map.of("id", id, "neighbours", neighbours));
		});
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:Paper {id: row.id})
				CALL (a) {
				  MATCH (a)-[old:SIMILAR_TO]->()
				  DELETE old
				}
				CALL (a, row) {
				  UNWIND row.neighbours AS n
				  MATCH (b:Paper {id: n.id})
				  CREATE (a)-[:SIMILAR_TO {score: n.score, rank: n.rank}]->(b)
				}
				""", Map.of("rows", rows)).consume();
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
