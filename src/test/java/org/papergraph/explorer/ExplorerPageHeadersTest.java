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
	void leavesGraphiQlWithoutThePagePolicy() {
		ResponseEntity<String> graphiql = get("/graphiql?path=/graphql");

		assertThat(graphiql.getHeaders().getFirst("Content-Security-Policy")).isNull();
	}

	private ResponseEntity<String> get(String path) {
		return RestClient.create("http://localhost:" + port).get().uri(path).header(HttpHeaders.ACCEPT, "*/*")
			.retrieve().toEntity(String.class);
	}

}
