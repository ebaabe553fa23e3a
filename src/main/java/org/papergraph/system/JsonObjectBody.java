package org.papergraph.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Answers HTTP 400 with a GraphQL error to a JSON request body that is not a JSON object ({@code null}, a number, a
 * string, an array of operations), before anything reads it: it looks at the body's first character beyond white
 * space and hands the request on with that character still to be read.
 */
class JsonObjectBody extends OncePerRequestFilter {

	/** White space a body may start with before its first character; more is not a request but padding. */
	private static final int MAX_LEADING_WHITE_SPACE = 4_096;

	private final String path;

	JsonObjectBody(String path) {
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().substring(request.getContextPath().length()).equals(path)
				|| !isJson(request.getContentType());
	}

	/** Whether the content type is JSON; a malformed one is left to the GraphQL handler, which answers 415. */
	private static boolean isJson(String contentType) {
		try {
			return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ServletInputStream in = request.getInputStream();
		int first = in.read();
		int skipped = 0;
		while (first == ' ' || first == '\t' || first == '\n' || first == '\r') {
			if (++skipped > MAX_LEADING_WHITE_SPACE) {
				break;
			}
			first = in.read();
		}
		if (first == -1) {
			// No body at all: the GraphQL handler says so itself.
			chain.doFilter(new Replayed(request, in, -1), response);
			return;
		}
		if (first != '{') {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream().write(("{\"errors\":[{\"message\":\"The request body must be one JSON object "
					+ "with a \\\"query\\\" string (batches of operations are not served)\",\"extensions\":"
					+ "{\"classification\":\"BAD_REQUEST\"}}]}").getBytes(UTF_8));
			return;
		}
		chain.doFilter(new Replayed(request, in, first), response);
	}

	/**
	 * The request with the byte already read put back in front of the rest of its body (the same stream: a wrapped
	 * request may hand out a new stream from the start on every call).
	 */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final ServletInputStream body;

		Replayed(HttpServletRequest request, ServletInputStream rest, int firstByte) {
			super(request);
			this.body = new ServletInputStream() {

				private int pending = firstByte;

				@Override
				public int read() throws IOException {
					if (pending != -1) {
						int value = pending;
						pending = -1;
						return value;
					}
					return rest.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					if (length == 0) {
						return 0;
					}
					if (pending != -1) {
						buffer[offset] = (byte) pending;
						pending = -1;
						int more = rest.read(buffer, offset + 1, length - 1);
						return more < 0 ? 1 : more + 1;
					}
					return rest.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return pending == -1 && rest.isFinished();
				}

				@Override
				public boolean isReady() {
					return pending != -1 || rest.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					rest.setReadListener(listener);
				}
			};
		}

		@Override
		public ServletInputStream getInputStream() {
			return body;
		}

	}

}
