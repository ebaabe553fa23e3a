package org.papergraph.system;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Says once, when the service is ready, where to find it: the explorer, GraphiQL, the API, and where the API key is.
 */
@Component
@ConditionalOnWebApplication
@Profile("!bench")
class StartBanner {

	private static final Logger log = LoggerFactory.getLogger(StartBanner.class);

	private final Environment environment;

	private final ApiKey apiKey;

	private final Neo4jClient neo4j;

	StartBanner(Environment environment, ApiKey apiKey, Neo4jClient neo4j) {
		this.environment = environment;
		this.apiKey = apiKey;
		this.neo4j = neo4j;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		log.info(text());
	}

	/** The banner's text. */
	String text() {
		String address = environment.getProperty("server.address", "");
		String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
		String base = "http://" + host + ":" + environment.getProperty("local.server.port", "8080");
		long papers = neo4j.query("MATCH (p:Paper) RETURN count(p) AS papers").fetchAs(Long.class).one().orElse(0L);
		boolean graphiql = environment.getProperty("papergraph.graphiql", Boolean.class, true);
		double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		return String.join(System.lineSeparator(),
				String.format(Locale.ROOT, "papergraph is ready with %d papers (started in %.1f s)", papers, seconds),
				"  explorer  " + base + "/",
				"  GraphiQL  " + (graphiql ? base + "/graphiql" : "off (PAPERGRAPH_GRAPHIQL=false)"),
				"  GraphQL   POST " + base + "/graphql",
				"  API key   " + apiKey.describe());
	}

}
