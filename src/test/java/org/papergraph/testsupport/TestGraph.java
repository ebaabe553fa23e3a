package org.papergraph.testsupport;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Small helpers for tests that read and reset the graph directly.
 */
public final class TestGraph {

	private TestGraph() {
	}

	/** Deletes all data, keeping the schema, its migration records and the taxonomy. */
	public static void clear(Driver driver) {
		try (Session session = driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT (n:SchemaMigration OR n:Topic OR n:TaxonomyVersion)
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS""").consume();
		}
	}

	/** The single number a read-only query returns. */
	public static long count(Driver driver, String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	/** The single text a read-only query with these parameters returns. */
	public static String string(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.run(cypher, parameters).single().get(0).asString();
		}
	}

}
