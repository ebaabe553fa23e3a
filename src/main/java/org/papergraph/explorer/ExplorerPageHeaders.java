package org.papergraph.explorer;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hardens the explorer page and the GraphiQL page: their documents get a Content-Security-Policy that allows only this
 * origin's scripts, styles, images and requests (nothing inline but styles, no framing); their own files are
 * revalidated on every load so a new version shows at once; and no response may be sniffed into another content type.
 */
@Component
class ExplorerPageHeaders extends OncePerRequestFilter {

	/** The policy for the page; Cytoscape sets inline style attributes, so styles alone may be inline. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The policy for GraphiQL: its dialogs add style elements and its fonts are data URLs in its style sheet, so those
	 * two alone go beyond this origin's files.
	 */
	static final String GRAPHIQL_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; font-src 'self' data:; "
			+ "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private static final Set<String> DOCUMENTS = Set.of("/", "/index.html");

	private static final Set<String> GRAPHIQL_DOCUMENTS = Set.of("/graphiql", "/graphiql/", "/graphiql/index.html");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setHeader("X-Content-Type-Options", "nosniff");
		String policy = policy(path);
		if (policy != null) {
			response.setHeader("Content-Security-Policy", policy);
			response.setHeader("Referrer-Policy", "no-referrer");
		}
		if (policy != null || isPageFile(path)) {
			response.setHeader("Cache-Control", "no-cache");
		}
		chain.doFilter(request, response);
	}

	/** The policy of the document at this path, or {@code null} for anything that is not one of the pages. */
	private static String policy(String path) {
		if (DOCUMENTS.contains(path)) {
			return CONTENT_SECURITY_POLICY;
		}
		return GRAPHIQL_DOCUMENTS.contains(path) ? GRAPHIQL_POLICY : null;
	}

	private static boolean isPageFile(String path) {
		return path.equals("/app.js") || path.equals("/app.css") || path.equals("/favicon.svg")
				|| path.startsWith("/modules/") || path.startsWith("/graphiql/");
	}

}
