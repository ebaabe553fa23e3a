package org.papergraph.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Starts, stops, kills and restarts a {@link StandaloneNeo4j} in a separate JVM on a fixed loopback port.
 */
public final class Neo4jServerProcess implements AutoCloseable {

	private final Path store;

	private final int port;

	private Process process;

	public Neo4jServerProcess(Path store) {
		this.store = store;
		this.port = freePort();
	}

	/** The Bolt URI clients connect to. */
	public String uri() {
		return "bolt://127.0.0.1:" + port;
	}

	/** The store directory. */
	public Path store() {
		return store;
	}

	/** Starts the server and waits until it serves. */
	public Neo4jServerProcess start() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				StandaloneNeo4j.class.getName(), store.toString(), Integer.toString(port))
			.redirectErrorStream(true);
		try {
			process = builder.start();
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
			String line;
			while ((line = out.readLine()) != null) {
				if (line.contains("READY")) {
					Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
					drain.setDaemon(true);
					drain.start();
					return this;
				}
			}
			throw new IllegalStateException("The Neo4j process ended before it was ready");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the server cleanly (SIGTERM) and waits for it to end. */
	public void stop() {
		end(false);
	}

	/** Kills the server without a shutdown (SIGKILL), as a crash would. */
	public void kill() {
		end(true);
	}

	private void end(boolean forcibly) {
		if (process == null) {
			return;
		}
		if (forcibly) {
			process.destroyForcibly();
		}
		else {
			process.destroy();
		}
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process = null;
	}

	@Override
	public void close() {
		stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
