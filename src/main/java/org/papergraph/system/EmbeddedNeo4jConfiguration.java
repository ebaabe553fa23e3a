package org.papergraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Neo4j in-process, with Bolt on loopback only, when no external server is configured, and hands its address to
 * the driver so every query path is the same as against a server. Bolt asks for a password that each start generates
 * and hands to this process's driver alone, so no other local process can read or write the graph past the API key.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedDatabase(PapergraphProperties properties, LimitsProperties limits) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new StartRefusedException("The data directory " + home + " cannot be created ("
					+ StartRefusedException.reason(ex) + ").", "Point PAPERGRAPH_DATA_DIR at a folder this user may write.");
		}
		if (!Files.isWritable(home)) {
			throw new StartRefusedException("The data directory " + home + " is not writable.",
					"Give this user write permission there, or point PAPERGRAPH_DATA_DIR at a folder it may write.");
		}
		DataDirectoryInUseException.check(home);
		int port = properties.boltPort() > 0 ? properties.boltPort() : freeLoopbackPort();
		long started = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseSettings.transaction_timeout, limits.databaseTransactionTimeout())
			// Transactions past their timeout are ended within a tenth of a second (not two), so that a write cut off
			// at its request's deadline is rolled back before the request is answered 408.
			.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
			// Bolt serves only this process on loopback, whose driver has closed by the time the database stops:
			// its event loops need not stay quiet for five seconds each before they end.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.build();
		String password = ApiKeyFile.generate();
		service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
				"ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
		log.debug("Embedded Neo4j started in {} with Bolt on 127.0.0.1:{} ({} ms)", home, port,
				(System.nanoTime() - started) / 1_000_000);
		return new EmbeddedNeo4j(service, URI.create("bolt://127.0.0.1:" + port), AuthTokens.basic("neo4j", password));
	}

	@Bean
	Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j embeddedDatabase) {
		URI uri = embeddedDatabase.boltUri();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return embeddedDatabase.credentials();
			}
		};
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for the embedded database", ex);
		}
	}

}
