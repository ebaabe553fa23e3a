package org.papergraph.stats;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.schema.DataFetchingEnvironment;

import org.neo4j.driver.Record;
import org.papergraph.api.Prefetch;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code stats}: the node counts per kind and the relationship count the request asks for, read from Neo4j's
 * count store, and the papers waiting for an embedding, counted only when asked for.
 */
@Controller
class StatsController {

	/** Each count the type offers, with the count-store subqueries that read it. */
	private static final List<Count> COUNTS = List.of(count("papers", "Paper"), count("topics", "Topic"),
			count("repositories", "Repository"), count("authors", "Author"), count("clusters", "Cluster"),
			// Every relationship but the topic closure, which only repeats topics and their broader topics.
			new Count("edges", List.of("MATCH ()-[r]->() RETURN count(r) AS relationships",
					"MATCH ()-[r:IN_TOPIC]->() RETURN count(r) AS closure"), "relationships - closure AS edges"),
			count("keywords", "Keyword"));

	private final Neo4jClient neo4j;

	/** The statement for each set of selected counts (a bit per count), written once. */
	private final Map<Integer, String> statements = new ConcurrentHashMap<>();

	StatsController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A count of {@link Stats}: the subqueries that read it and the expression that returns it as the field. */
	private record Count(String field, List<String> subqueries, String value) {
	}

	private static Count count(String field, String label) {
		return new Count(field, List.of("MATCH (n:" + label + ") RETURN count(n) AS " + field), field);
	}

	@QueryMapping
	Stats stats(DataFetchingEnvironment env) {
		int selected = 0;
		for (int i = 0; i < COUNTS.size(); i++) {
			if (Prefetch.selects(env, COUNTS.get(i).field())) {
				selected |= 1 << i;
			}
		}
		if (selected == 0) {
			return new Stats(0, 0, 0, 0, 0, 0, 0);
		}
		int chosen = selected;
		String statement = statements.computeIfAbsent(chosen, StatsController::statement);
		return neo4j.query(statement)
			.fetchAs(Stats.class)
			.mappedBy((types, row) -> new Stats(count(row, chosen, 0), count(row, chosen, 1), count(row, chosen, 2),
					count(row, chosen, 3), count(row, chosen, 4), count(row, chosen, 5), count(row, chosen, 6)))
			.one()
			.orElseThrow();
	}

	/** Only when asked for: unlike the other counts, this one reads every paper. */
	@SchemaMapping(typeName = "Stats")
	long embeddingsPending(Stats stats) {
		return neo4j.query("MATCH (n:Paper) WHERE n.embedding IS NULL RETURN count(n) AS pending")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** One subquery per selected count, returning each under its field's name. */
	private static String statement(int selected) {
		List<Count> counts = IntStream.range(0, COUNTS.size())
			.filter(i -> (selected & (1 << i)) != 0)
			.mapToObj(COUNTS::get)
			.toList();
		return counts.stream()
			.flatMap(count -> count.subqueries().stream())
			.map(subquery -> "CALL () { " + subquery + " }\n")
			.collect(Collectors.joining())
				+ "RETURN " + counts.stream().map(Count::value).collect(Collectors.joining(", "));
	}

	private static long count(Record row, int selected, int index) {
		return (selected & (1 << index)) == 0 ? 0 : row.get(COUNTS.get(index).field()).asLong();
	}

}
