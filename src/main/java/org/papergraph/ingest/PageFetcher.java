package org.papergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.papergraph.system.PapergraphProperties;

/**
 * Fetches pages within the {@link UrlPolicy}: redirects followed by hand and checked again, a timeout, a body
 * cap that fails loudly, textual media types only, a strict charset, bounded retries, and a polite delay per host.
 */
public class PageFetcher {

	private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "application/atom+xml",
			"application/xml", "text/xml", "text/plain");

	private static final int RETRIES = 2;

	private final PapergraphProperties.Fetch rules;

	private final UrlPolicy policy;

	private final HttpClient client;

	private final Map<String, Long> lastRequestByHost = new ConcurrentHashMap<>();

	public PageFetcher(PapergraphProperties.Fetch rules, UrlPolicy policy) {
		this.rules = rules;
		this.policy = policy;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(rules.timeout())
			.build();
	}

	/** Fetches what a user named (a URL or an arXiv id), or fails with a clear {@link IngestException}. */
	public FetchedPage fetch(String input) {
		URI uri = policy.target(input);
		for (int redirects = 0;; redirects++) {
			HttpResponse<InputStream> response = send(uri);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				closeQuietly(response);
				String location = response.headers().firstValue("Location").orElse(null);
				if (location == null) {
					throw new IngestException("The server at " + uri.getHost() + " redirected without a location");
				}
				if (redirects >= rules.maxRedirects()) {
					throw new IngestException("Too many redirects (more than " + rules.maxRedirects() + ") from " + input);
				}
				URI next;
				try {
					next = uri.resolve(location.strip());
				}
				catch (IllegalArgumentException ex) {
					throw new IngestException("The server redirected to an invalid location");
				}
				policy.check(next);
				uri = next;
				continue;
			}
			return read(uri, response);
		}
	}

	private HttpResponse<InputStream> send(URI uri) {
		for (int attempt = 0;; attempt++) {
			pause(uri.getHost());
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(rules.timeout())
				.header("User-Agent", "papergraph/0.1 (research knowledge graph)")
				.header("Accept", "text/html, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8")
				.GET()
				.build();
			HttpResponse<InputStream> response;
			try {
				response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (java.net.http.HttpTimeoutException ex) {
				if (attempt < RETRIES) {
					backoff(attempt, null);
					continue;
				}
				throw new IngestException("Fetching " + uri + " timed out after " + rules.timeout().toSeconds() + " s", ex);
			}
			catch (IOException ex) {
				if (attempt < RETRIES) {
					backoff(attempt, null);
					continue;
				}
				throw new IngestException("Fetching " + uri + " failed: " + reason(ex), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IngestException("Fetching " + uri + " was interrupted", ex);
			}
			int status = response.statusCode();
			if (status == 404 || status == 410) {
				closeQuietly(response);
				throw new IngestException("Nothing found at " + uri + " (HTTP " + status + ")", true, null);
			}
			if (status == 429 || status >= 500) {
				closeQuietly(response);
				if (attempt < RETRIES) {
					backoff(attempt, response.headers().firstValue("Retry-After").orElse(null));
					continue;
				}
				throw new IngestException("The server at " + uri.getHost() + " answered HTTP " + status + " after "
						+ (RETRIES + 1) + " tries; try again later");
			}
			if (status >= 400) {
				closeQuietly(response);
				throw new IngestException("The server at " + uri.getHost() + " refused the request (HTTP " + status + ")");
			}
			return response;
		}
	}

	/** A network failure in words, without exception names. */
	private static String reason(IOException ex) {
		if (ex instanceof java.net.ConnectException) {
			return "could not connect";
		}
		if (ex instanceof java.net.UnknownHostException) {
			return "the host does not resolve";
		}
		if (ex instanceof javax.net.ssl.SSLException) {
			return "the secure connection failed";
		}
		return "a network error";
	}

	private FetchedPage read(URI uri, HttpResponse<InputStream> response) {
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
		if (!TEXT_TYPES.contains(mediaType)) {
			closeQuietly(response);
			throw new IngestException("The page at " + uri + " is " + (mediaType.isEmpty() ? "of no declared type" : mediaType)
					+ ", not HTML, Atom or text");
		}
		long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
		if (declared > rules.maxBodyBytes()) {
			closeQuietly(response);
			throw tooLarge(uri);
		}
		byte[] body;
		try (InputStream in = response.body()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, rules.maxBodyBytes() + 1));
		}
		catch (IOException ex) {
			throw new IngestException("Reading the page at " + uri + " failed or timed out", ex);
		}
		if (body.length > rules.maxBodyBytes()) {
			throw tooLarge(uri);
		}
		return new FetchedPage(uri, mediaType, decode(uri, body, charset(contentType)));
	}

	private IngestException tooLarge(URI uri) {
		return new IngestException("The page at " + uri + " is larger than the " + rules.maxBodyBytes() / (1024 * 1024)
				+ " MB limit; nothing was ingested");
	}

	private static Charset charset(String contentType) {
		for (String parameter : contentType.split(";")) {
			String[] pair = parameter.strip().split("=", 2);
			if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
				try {
					return Charset.forName(pair[1].strip().replace("\"", ""));
				}
				catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
					throw new IngestException("The page declares an unknown charset: "
							+ TextSanitizer.text(pair[1], 40));
				}
			}
		}
		return StandardCharsets.UTF_8;
	}

	static String decode(URI uri, byte[] body, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IngestException("The page at " + uri + " is not valid " + charset.name()
					+ " text (wrong or missing charset?)");
		}
	}

	private void pause(String host) {
		long delay = rules.politeDelay().toMillis();
		long now = System.currentTimeMillis();
		Long previous = lastRequestByHost.put(host, now);
		if (previous != null && now - previous < delay) {
			sleep(delay - (now - previous));
			lastRequestByHost.put(host, System.currentTimeMillis());
		}
	}

	private static void backoff(int attempt, String retryAfter) {
		long millis = 1_000L << attempt;
		if (retryAfter != null && retryAfter.strip().matches("\\d{1,3}")) {
			millis = Math.min(5_000, Long.parseLong(retryAfter.strip()) * 1_000);
		}
		sleep(millis);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IngestException("Fetching was interrupted", ex);
		}
	}

	private static void closeQuietly(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ignored) {
			// The connection is discarded either way.
		}
	}

}
