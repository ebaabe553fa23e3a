package org.papergraph.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.recovery.Recovery;
import org.neo4j.memory.EmptyMemoryTracker;
import org.papergraph.PapergraphApplication;
import org.papergraph.testsupport.Neo4jServerProcess;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping papergraph shuts its embedded database down cleanly: the next start needs no store recovery.
 */
class EmbeddedShutdownTest {

	@TempDir
	Path home;

	@Test
	void leavesAStoreThatNeedsNoRecoveryAfterStopping() throws Exception {
		SpringApplication app = new SpringApplication(PapergraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = app.run("--papergraph.data-dir=" + home,
				"--papergraph.api-key=shutdown-test")) {
			Driver driver = context.getBean(Driver.class);
			assertThat(driver.session().run("MATCH (p:Paper) RETURN count(p)").single().get(0).asLong()).isEqualTo(28);
		}

		assertThat(recoveryRequired(home)).isFalse();
	}

	@Test
	void detectsTheNeedForRecoveryAfterACrash() throws Exception {
		Neo4jServerProcess server = new Neo4jServerProcess(home).start();
		try (Driver driver = GraphDatabase.driver(server.uri(), AuthTokens.none())) {
			driver.session().run("UNWIND range(1, 100) AS i CREATE (:Crash {i: i})").consume();
		}
		server.kill();

		assertThat(recoveryRequired(home)).isTrue();
	}

	private static boolean recoveryRequired(Path home) throws Exception {
		Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home);
		try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
			return Recovery.isRecoveryRequired(fs, Neo4jLayout.of(config).databaseLayout("neo4j"), config,
					EmptyMemoryTracker.INSTANCE);
		}
	}

}
