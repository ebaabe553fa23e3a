package org.papergraph.testsupport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * A canonical text dump of the whole graph (every node with labels and properties, every relationship with its
 * endpoints' keys and properties), sorted, so that two graphs can be compared for equality.
 */
public final class GraphDump {

	private GraphDump() {
	}

	/** The dump, one sorted line per node and relationship; schema bookkeeping nodes are left out. */
	public static List<String> of(Driver driver) {
		try (Session session = driver.session()) {
			List<String> nodes = session.run("""
					MATCH (n) WHERE NOT n:SchemaMigration
					RETURN labels(n) AS labels, properties(n) AS props
					""").list(r -> "node " + r.get("labels").asList() + " " + canonical(r.get("props")));
			List<String> edges = session.run("""
					MATCH (a)-[r]->(b)
					RETURN type(r) AS type, properties(r) AS props,
					       coalesce(a.id, a.key, a.slug) AS from, coalesce(b.id, b.key, b.slug) AS to
					""").list(r -> "edge " + r.get("from").asString() + " -" + r.get("type").asString() + "-> "
					+ r.get("to").asString() + " " + canonical(r.get("props")));
			return java.util.stream.Stream.concat(nodes.stream(), edges.stream()).sorted().toList();
		}
	}

	private static String canonical(Value props) {
		Map<String, Object> sorted = new TreeMap<>(props.asMap(Value::toString));
		return sorted.toString();
	}

}
