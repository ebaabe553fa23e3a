package org.papergraph.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server on loopback that serves canned responses by path and records every request it receives.
 */
public final class LocalPages implements AutoCloseable {

	/** A canned response. */
	public record Page(int status, String contentType, byte[] body, Map<String, String> headers) {

		public static Page html(String body) {
			return new Page(200, "text/html; charset=utf-8", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
		}

	}

	private final HttpServer server;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	public LocalPages() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::handle);
		server.start();
	}

	/** Serves a page at a path (with query, if any). */
	public LocalPages serve(String path, Page page) {
		pages.put(path, page);
		return this;
	}

	/** The URL of a path on this server, by the host name {@code localhost}. */
	public String url(String path) {
		return "http://localhost:" + server.getAddress().getPort() + path;
	}

	/** The paths requested so far, in order. */
	public List<String> requests() {
		return List.copyOf(requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath()
				+ (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
		requests.add(path);
		Page page = pages.get(path);
		if (page == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		page.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		if (page.contentType() != null) {
			exchange.getResponseHeaders().add("Content-Type", page.contentType());
		}
		exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(page.body());
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
