package org.papergraph.testsupport;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j server in its own process, for tests that need a database papergraph does not own: arguments are the
 * store directory and the loopback Bolt port; it prints {@code READY} once serving and shuts down cleanly on SIGTERM.
 */
public final class StandaloneNeo4j {

	private StandaloneNeo4j() {
	}

	public static void main(String[] args) throws InterruptedException {
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(Path.of(args[0]))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
		System.out.println("READY");
		System.out.flush();
		Thread.currentThread().join();
	}

}
