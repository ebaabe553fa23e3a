package org.papergraph.graph;

import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Runs write transactions that survive concurrent writers: the driver retries transient failures such as deadlocks,
 * and a unique-key race (another writer created the same node first) is retried here, a bounded number of times.
 */
public final class Writes {

	private static final int CONFLICT_RETRIES = 3;

	private Writes() {
	}

	/** Runs the work in a managed write transaction; the work must be safe to run again. */
	public static <T> T inTransaction(Driver driver, TransactionConfig config, Function<TransactionContext, T> work) {
		for (int attempt = 1;; attempt++) {
			try (Session session = driver.session()) {
				return session.executeWrite(work::apply, config);
			}
			catch (ClientException ex) {
				if (attempt >= CONFLICT_RETRIES || !"Neo.ClientError.Schema.ConstraintValidationFailed".equals(ex.code())) {
					throw ex;
				}
			}
		}
	}

}
