package org.papergraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The packaged {@code target/papergraph.jar}, run as users run it: a child process with its own data directory, its
 * output kept in a file; a command runs to its exit, a server until it is stopped.
 */
public final class PackagedJar {

	/** Where the build put the jar (the integration-test phase runs after {@code package}). */
	public static final Path JAR = Path.of(System.getProperty("papergraph.jar", "target/papergraph.jar"));

	private PackagedJar() {
	}

	/** What a command printed (standard output and error together) and its exit status. */
	public record Run(int exitCode, String output) {

		/** The printed lines. */
		public List<String> lines() {
			return output.lines().toList();
		}

	}

	/** Runs the jar with these arguments on this data directory and waits for it to exit (at most five minutes). */
	public static Run run(Path dataDir, String... args) {
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
		Process process = start(dataDir, Map.of(), log, args);
		try {
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("papergraph " + String.join(" ", args) + " did not end in five minutes");
			}
			return new Run(process.exitValue(), Files.readString(log, UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the jar as a server on a free port; {@link Server#awaitReady} waits for readiness. */
	public static Server serve(Path dataDir, Map<String, String> environment, String... args) {
		int port = freePort();
		Map<String, String> env = new java.util.HashMap<>(environment);
		env.put("SERVER_PORT", Integer.toString(port));
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-server-" + System.nanoTime() + ".log");
		return new Server(start(dataDir, env, log, args), port, log);
	}

	private static Process start(Path dataDir, Map<String, String> environment, Path log, String... args) {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException("No packaged jar at " + JAR.toAbsolutePath() + ": run the package phase first");
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-jar", JAR.toAbsolutePath().toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(dataDir.getParent().toFile());
		builder.environment().remove("PAPERGRAPH_API_KEY");
		builder.environment().remove("NEO4J_URI");
		builder.environment().put("PAPERGRAPH_DATA_DIR", dataDir.toAbsolutePath().toString());
		builder.environment().put("PAPERGRAPH_PAGE_CACHE", "64m");
		builder.environment().putAll(environment);
		try {
			Files.createDirectories(dataDir.getParent());
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A running server started from the jar. */
	public static final class Server implements AutoCloseable {

		private final Process process;

		private final int port;

		private final Path log;

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

		Server(Process process, int port, Path log) {
			this.process = process;
			this.port = port;
			this.log = log;
		}

		/** The HTTP port. */
		public int port() {
			return port;
		}

		/** Everything the server printed so far. */
		public String output() {
			try {
				return Files.readString(log, UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The status code and body of a GET of this path, or status 0 when nothing answers yet. */
		public HttpResponse<String> get(String path) {
			try {
				return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
					.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** POSTs a GraphQL request body (JSON) with an optional API key and answers the response. */
		public HttpResponse<String> graphql(String json, String apiKey) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json));
			if (apiKey != null) {
				request.header("Authorization", "Bearer " + apiKey);
			}
			try {
				return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * Polls readiness until it answers 200 and calls {@code onFirstReady} right then; fails when the process ends
		 * or five minutes pass.
		 */
		public Server awaitReady() {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The server ended before it was ready:\n" + output());
				}
				HttpResponse<String> readiness = get("/actuator/health/readiness");
				if (readiness != null && readiness.statusCode() == 200) {
					return this;
				}
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
			throw new IllegalStateException("The server was not ready in five minutes:\n" + output());
		}

		/** Whether the process still runs. */
		public boolean alive() {
			return process.isAlive();
		}

		/** Stops the server as a user would (SIGTERM) and waits for it to end. */
		@Override
		public void close() {
			process.destroy();
			try {
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
