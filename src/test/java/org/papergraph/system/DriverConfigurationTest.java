package org.papergraph.system;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ResultSummary;
import org.papergraph.testsupport.PapergraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class DriverConfigurationTest {

	private static final String UNKNOWN_NAMES = "MATCH (n:LabelNoGraphHolds) RETURN n.propertyNoNodeHas AS x";

	@Autowired
	Driver driver;

	@Autowired
	Neo4jConnectionDetails connection;

	@Test
	void getsNoNotificationsAboutNamesTheGraphDoesNotHoldYet() {
		try (Driver plain = GraphDatabase.driver(connection.getUri(), connection.getAuthToken());
				Session unconfigured = plain.session();
				Session configured = driver.session()) {
			ResultSummary withDefaults = unconfigured.run(UNKNOWN_NAMES).consume();
			ResultSummary ours = configured.run(UNKNOWN_NAMES).consume();

			assertThat(withDefaults.notifications()).as("what the database says by default").isNotEmpty();
			assertThat(ours.notifications()).isEmpty();
		}
	}

}
