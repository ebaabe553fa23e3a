package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import graphql.language.AstPrinter;
import graphql.language.OperationDefinition;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.papergraph.graph.Embedder;
import org.papergraph.graph.FullTextQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The contract's query operations, each runnable two ways on the same graph: through papergraph's GraphQL stack in
 * process (every interceptor, the read transaction and the limits included; no HTTP), and as the hand-written Cypher
 * of {@code bench/baseline/NAME.cypher} through the driver, which returns the same data in the response's shape.
 */
@Component
public class ContractQueries {

	/** Queries the search operation rotates through. */
	static final List<String> SEARCHES = List.of("memory for very long inputs", "reinforcement learning from feedback",
			"diffusion models for video", "sparse attention", "retrieval augmented generation");

	/** The topic of the {@code TopicDetail} operation, as in the contract's comment. */
	static final String TOPIC = "reinforcement-learning";

	/** Hits per ranking that hybrid search fuses, as the search service does for ten hits. */
	private static final int SEARCH_CANDIDATES = 50;

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private static final URI ENDPOINT = URI.create("http://127.0.0.1/graphql");

	private final ObjectProvider<WebGraphQlHandler> graphQl;

	private final Driver driver;

	private final Embedder embedder;

	private final Map<String, Operation> operations = new LinkedHashMap<>();

	/** Request ids, unique within the run (the HTTP transport names a request after its exchange, as cheaply). */
	private final AtomicLong requestIds = new AtomicLong();

	ContractQueries(ObjectProvider<WebGraphQlHandler> graphQl, Driver driver, Embedder embedder) {
		this.graphQl = graphQl;
		this.driver = driver;
		this.embedder = embedder;
		for (OperationDefinition definition : LoadBenchmark.operations()) {
			operations.put(definition.getName(), new Operation(definition.getName(), AstPrinter.printAst(definition),
					baseline(definition.getName())));
		}
	}

	/** A query operation of the contract with its document and its hand-written Cypher. */
	record Operation(String name, String document, String cypher) {
	}

	/** The names of the contract's query operations, in the contract's order. */
	public List<String> names() {
		return List.copyOf(operations.keySet());
	}

	/**
	 * The named operations in the contract's order, or all of them when {@code names} is empty.
	 *
	 * @throws IllegalArgumentException naming the known operations when a name is not one of them
	 */
	public List<String> select(List<String> names) {
		List<String> unknown = names.stream().filter(name -> !operations.containsKey(name)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("No contract query operation named " + String.join(", ", unknown)
					+ "; the operations are " + String.join(", ", operations.keySet()));
		}
		return names.isEmpty() ? names() : names().stream().filter(names::contains).toList();
	}

	/**
	 * The variables of request number {@code i} of an operation: paper ids rotate through {@code paperIds}, searches
	 * through {@link #SEARCHES}, so that requests do not all hit the same few nodes.
	 */
	public Map<String, Object> variables(String operation, List<String> paperIds, int i) {
		String id = paperIds.get(Math.floorMod(i, paperIds.size()));
		return switch (operation) {
			case "Search" -> Map.of("q", SEARCHES.get(Math.floorMod(i, SEARCHES.size())));
			case "PaperDetail" -> Map.of("id", id);
			case "TopicDetail" -> Map.of("slug", TOPIC);
			case "PathBetween" -> Map.of("from", id, "to",
					paperIds.get(Math.floorMod(i * 7 + paperIds.size() / 2 + 1, paperIds.size())));
			case "Neighbourhood" -> Map.of("seeds", List.of(id));
			default -> Map.of();
		};
	}

	/** The operation's {@code data} as papergraph's GraphQL API answers it; fails on any error in the answer. */
	public Map<String, Object> viaGraphQl(String operation, Map<String, Object> variables) {
		Operation op = operation(operation);
		WebGraphQlHandler handler = graphQl.getIfAvailable();
		if (handler == null) {
			throw new IllegalStateException("The GraphQL web handler is not running; start papergraph as a server");
		}
		Map<String, Object> body = Map.of("query", op.document(), "operationName", op.name(), "variables", variables);
		WebGraphQlRequest request = new WebGraphQlRequest(ENDPOINT, new HttpHeaders(), null,
				new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Map.of(), body, Long.toString(requestIds.incrementAndGet()),
				null);
		WebGraphQlResponse response = handler.handleRequest(request).block();
		if (response == null || !response.getErrors().isEmpty()) {
			throw new IllegalStateException(op.name() + " answered with errors: "
					+ (response == null ? "no response"
							: response.getErrors().stream().map(ResponseError::getMessage).distinct().toList()));
		}
		return response.getData();
	}

	/** The operation's data from its hand-written Cypher through the driver, in one read transaction. */
	public Map<String, Object> viaCypher(String operation, Map<String, Object> variables) {
		Operation op = operation(operation);
		Map<String, Object> parameters = new LinkedHashMap<>(variables);
		if (op.name().equals("Search")) {
			String query = (String) variables.get("q");
			parameters.put("words", FullTextQuery.of(query).orElseThrow(
					() -> new IllegalArgumentException("The search baseline needs a query with words")));
			parameters.put("vector", embedder.embedAsList(query));
			parameters.put("candidates", SEARCH_CANDIDATES);
		}
		try (Session session = driver.session(READ)) {
			return session.executeRead(tx -> tx.run(op.cypher(), parameters).single().asMap());
		}
	}

	/** Paper ids spread evenly over the graph's papers that have similar papers (all papers when none has). */
	public List<String> samplePaperIds(int count) {
		try (Session session = driver.session()) {
			List<String> ids = session.executeRead(tx -> tx.run("""
					MATCH (p:Paper) WHERE EXISTS { (p)-[:SIMILAR_TO]-() }
					RETURN p.id AS id ORDER BY p.id
					""").list(r -> r.get("id").asString()));
			if (ids.isEmpty()) {
				ids = session.executeRead(tx -> tx.run("MATCH (p:Paper) RETURN p.id AS id ORDER BY p.id")
					.list(r -> r.get("id").asString()));
			}
			if (ids.size() <= count) {
				return ids;
			}
			List<String> sample = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				sample.add(ids.get((int) ((long) i * ids.size() / count)));
			}
			return sample;
		}
	}

	private Operation operation(String name) {
		Operation op = operations.get(name);
		if (op == null) {
			throw new IllegalArgumentException("No contract query operation named " + name);
		}
		return op;
	}

	private static String baseline(String name) {
		try {
			return new ClassPathResource("bench/baseline/" + name + ".cypher").getContentAsString(UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No hand-written Cypher for the contract operation " + name, ex);
		}
	}

}
