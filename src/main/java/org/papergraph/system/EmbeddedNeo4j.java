package org.papergraph.system;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;

/**
 * The in-process Neo4j and the loopback Bolt address at which it serves; closing it shuts the database down cleanly.
 *
 * @param service the running database management service
 * @param boltUri where the driver connects
 * @param credentials what the driver logs in with: a password generated for this start
 */
public record EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, AuthToken credentials)
		implements AutoCloseable {

	@Override
	public void close() {
		service.shutdown();
	}

}
