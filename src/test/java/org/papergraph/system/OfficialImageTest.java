package org.papergraph.system;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.papergraph.testsupport.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * papergraph against the official {@code neo4j:5.26} image, with authentication, as docker-compose runs it. Skipped
 * where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "papergraph.api-key=container-test")
class OfficialImageTest {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword("papergraph-test");

	@Autowired
	ApplicationContext context;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry registry) {
		registry.add("papergraph.neo4j-uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
	}

	@Test
	void appliesTheMigrationsAndServesTheSampleFromTheServer() {
		assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
		assertThat(driver.session().run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").single()
			.get("names").asList()).contains("paper_id", "topic_slug", "repository_key");
		assertThat(Api.anonymous(port).document("{ stats { papers } }").retrieveSync("stats.papers")
			.toEntity(Integer.class)).isEqualTo(28);
	}

}
