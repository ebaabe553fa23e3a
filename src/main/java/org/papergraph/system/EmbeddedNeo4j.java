package org.papergraph.system;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The in-process Neo4j and the loopback Bolt address at which it serves; closing it shuts the database down cleanly.
 *
 * @param service the running database management service
 * @param boltUri where the driver connects
 */
public record EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) implements AutoCloseable {

	@Override
	public void close() {
		service.shutdown();
	}

}
