package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The disk use of an embedded Neo4j's default database, measured after a checkpoint.
 *
 * @param storeBytes the store files (nodes, relationships, properties, indexes)
 * @param transactionLogBytes the transaction logs kept beside them
 */
record StoreSize(long storeBytes, long transactionLogBytes) {

	/** Checkpoints the database behind the driver, then measures the store under the embedded home folder. */
	static StoreSize of(Driver driver, Path home) {
		try (Session session = driver.session()) {
			session.run("CALL db.checkpoint()").consume();
		}
		catch (ClientException ex) {
			// Without a checkpoint the files may trail the latest writes a little; the size is still meaningful.
		}
		return new StoreSize(bytes(home.resolve("data/databases/neo4j")), bytes(home.resolve("data/transactions/neo4j")));
	}

	private static long bytes(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					return 0;
				}
			}).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot measure " + folder, ex);
		}
	}

}
