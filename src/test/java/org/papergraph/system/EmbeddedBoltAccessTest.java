package org.papergraph.system;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.papergraph.testsupport.PapergraphTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database's Bolt port, open on loopback for the service's own driver, lets no other local process in:
 * neither without credentials nor with the database's default ones.
 */
@PapergraphTest
class EmbeddedBoltAccessTest {

	@Autowired
	EmbeddedNeo4j database;

	@Autowired
	Driver driver;

	@Test
	void refusesAConnectionWithoutTheGeneratedPassword() {
		for (var token : java.util.List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
				AuthTokens.basic("neo4j", "password"))) {
			try (Driver outsider = GraphDatabase.driver(database.boltUri(), token)) {
				assertThatThrownBy(outsider::verifyConnectivity).isInstanceOf(ClientException.class);
			}
		}
	}

	@Test
	void theServicesOwnDriverIsLoggedIn() {
		assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt()).isEqualTo(1);
	}

}
