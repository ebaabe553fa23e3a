package org.papergraph.explorer;

import org.junit.jupiter.api.Test;
import org.papergraph.testsupport.PapergraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class ExplorerPageHeadersTest {

	@LocalServerPort
	int port;

	@Test
	void servesThePageWithAContentSecurityPolicyThatAllowsOnlyThisOrigin() {
		ResponseEntity<String> page = get("/");

		assertThat(page.getStatusCode().is2xxSuccessful()).isTrue();
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getBody()).contains("<script type=\"module\" src=\"/app.js\"></script>");
		String policy = page.getHeaders().getFirst("Content-Security-Policy");
		assertThat(policy).contains("default-src 'self'", "script-src 'self';", "connect-src 'self'",
				"frame-ancestors 'none'");
		assertThat(policy).doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
		assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void servesScriptsAndCytoscapeFromThisOriginAsJavaScript() {
		for (String path : new String[] { "/app.js", "/modules/graph.js",
				"/webjars/cytoscape/dist/cytoscape.esm.min.mjs" }) {
			ResponseEntity<String> script = get(path);

			assertThat(script.getStatusCode().is2xxSuccessful()).as(path).isTrue();
			assertThat(script.getHeaders().getContentType().toString()).as(path).startsWith("text/javascript");
			assertThat(script.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		}
	}

	@Test
	void servesGraphiqlWithAPolicyOfItsOwnThatAllowsOnlyThisOrigin() {
		for (String path : new String[] { "/graphiql", "/graphiql/" }) {
			ResponseEntity<String> page = get(path);

			assertThat(page.getStatusCode().is2xxSuccessful()).as(path).isTrue();
			assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(path).isTrue();
			assertThat(page.getBody()).as(path).contains("<script defer src=\"/graphiql/graphiql-page.js\"></script>")
				.doesNotContain("https://");
			String policy = page.getHeaders().getFirst("Content-Security-Policy");
			assertThat(policy).as(path).isEqualTo(ExplorerPageHeaders.GRAPHIQL_POLICY)
				.contains("default-src 'self'", "script-src 'self';", "connect-src 'self'", "frame-ancestors 'none'");
			assertThat(policy).as(path).doesNotContain("unsafe-eval")
				.doesNotContainPattern("script-src[^;]*unsafe-inline");
		}
	}

	@Test
	void servesGraphiqlAndReactFromThisOrigin() {
		for (String path : new String[] { "/graphiql/graphiql-page.js", "/webjars/graphiql/graphiql.min.js",
				"/webjars/react/umd/react.production.min.js", "/webjars/react-dom/umd/react-dom.production.min.js" }) {
			ResponseEntity<String> script = get(path);

			assertThat(script.getStatusCode().is2xxSuccessful()).as(path).isTrue();
			assertThat(script.getHeaders().getContentType().toString()).as(path).startsWith("text/javascript");
			assertThat(script.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		}
		assertThat(get("/webjars/graphiql/graphiql.min.css").getHeaders().getContentType().toString())
			.startsWith("text/css");
	}

	private ResponseEntity<String> get(String path) {
		return RestClient.create("http://localhost:" + port).get().uri(path).header(HttpHeaders.ACCEPT, "*/*")
			.retrieve().toEntity(String.class);
	}

}
