package org.papergraph.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Neo4jServerProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code NEO4J_URI} set, papergraph starts no database of its own and uses the server; health follows the
 * server down and up, and service resumes by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "papergraph.api-key=external-test", "spring.neo4j.connection-timeout=2s" })
class ExternalDatabaseTest {

	@TempDir
	static Path store;

	static Neo4jServerProcess server;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void externalServer(DynamicPropertyRegistry registry) {
		server = new Neo4jServerProcess(store.resolve("server")).start();
		registry.add("papergraph.neo4j-uri", server::uri);
		registry.add("spring.neo4j.uri", server::uri);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void usesTheConfiguredServerAndStartsNoDatabaseOfItsOwn() {
		assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
		try (Driver direct = GraphDatabase.driver(server.uri(), AuthTokens.none())) {
			long papers = direct.session().run("MATCH (p:Paper) RETURN count(p)").single().get(0).asLong();
			assertThat(papers).as("the sample data went into the external server").isEqualTo(28);
			assertThat(Api.anonymous(port).document("{ stats { papers } }").retrieveSync("stats.papers")
				.toEntity(Integer.class)).isEqualTo(28);
		}
	}

	@Test
	void reportsDownWhileTheServerIsStoppedAndRecoversByItselfWhenItReturns() {
		assertThat(health()).isEqualTo(200);

		server.stop();
		try {
			assertThat(eventually(() -> health() == 503, Duration.ofSeconds(30))).isTrue();
			long started = System.nanoTime();
			ClientGraphQlResponse response = Api.anonymous(port).document("{ stats { papers } }").executeSync();
			System.out.println("Answered while down in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			assertThat(response.getErrors()).isNotEmpty();
			assertThat(response.getErrors().get(0).getMessage()).doesNotContain("org.neo4j", "Exception", "\tat ")
				.contains("database is unavailable");
			assertThat(response.getErrors().get(0).getErrorType().toString()).isEqualTo("UNAVAILABLE");
		}
		finally {
			server.start();
		}

		assertThat(eventually(() -> health() == 200, Duration.ofSeconds(60))).isTrue();
		assertThat(Api.anonymous(port).document("{ stats { papers } }").retrieveSync("stats.papers")
			.toEntity(Integer.class)).isEqualTo(28);
	}

	private int health() {
		return RestClient.create("http://localhost:" + port)
			.get()
			.uri("/actuator/health")
			.exchange((request, response) -> response.getStatusCode().value());
	}

	private static boolean eventually(Supplier<Boolean> condition, Duration limit) {
		Instant end = Instant.now().plus(limit);
		while (Instant.now().isBefore(end)) {
			if (condition.get()) {
				return true;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

}
