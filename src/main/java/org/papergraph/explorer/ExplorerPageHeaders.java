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
 * Hardens the explorer page: its documents get a Content-Security-Policy that allows only this origin's scripts,
 * styles, images and requests (nothing inline but styles, no framing); its own files are revalidated on every load so
 * a new version shows at once; and no response may be sniffed into another content type.
 */
@Component
class ExplorerPageHeaders extends OncePerRequestFilter {

	/** The policy for the page; Cytoscape sets inline style attributes, so styles alone may be inline. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private static final Set<String> DOCUMENTS = Set.of("/", "/index.html");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (DOCUMENTS.contains(path)) {
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			response.setHeader("Referrer-Policy", "no-referrer");
		}
		if (DOCUMENTS.contains(path) || isPageFile(path)) {
			response.setHeader("Cache-Control", "no-cache");
		}
		chain.doFilter(request, response);
	}

	private static boolean isPageFile(String path) {
		return path.equals("/app.js") || path.equals("/app.css") || path.equals("/favicon.svg")
				|| path.startsWith("/modules/");
	}

}
