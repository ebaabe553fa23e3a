package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The disk use of an embedded Neo4j's default database, measured right after a forced checkpoint so that the store
 * files hold every committed write (until a checkpoint, much of it lives only in the page cache and the logs).
 *
 * @param storeBytes the store files (nodes, relationships, properties, indexes)
 * @param transactionLogBytes the transaction logs kept beside them
 */
record StoreSize(long storeBytes, long transactionLogBytes) {

	/** Checkpoints the default database of an embedded service, then measures its folders. */
	static StoreSize of(DatabaseManagementService service) {
		GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		try {
			database.getDependencyResolver()
				.resolveDependency(CheckPointer.class)
				.forceCheckPoint(new SimpleTriggerInfo("papergraph bench: store size"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot checkpoint the database before measuring it", ex);
		}
		DatabaseLayout layout = database.databaseLayout();
		return new StoreSize(bytes(layout.databaseDirectory()), bytes(layout.getTransactionLogsDirectory()));
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
