package org.papergraph.system;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.papergraph.testsupport.FetchCounter;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP surface of {@code /graphql}, request by request as a curl matrix would test it: POST with JSON only, one
 * operation per request, a bounded body, and no CORS unless configured.
 */
@PapergraphTest
class HttpTransportTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final int SIX_MB = 6 * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	FetchCounter fetches;

	@Autowired
	Driver driver;

	@Autowired
	WebApplicationContext context;

	@Test
	void answersAQueryWithinItsOwnDispatchWithoutGoingAsynchronous() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

		MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\":\"{ stats { papers } }\"}"))
			.andExpect(MockMvcResultMatchers.request().asyncNotStarted())
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("\"stats\":{\"papers\":");
	}

	@Test
	void answersGetWithMethodNotAllowedAndNamesPost() throws Exception {
		HttpResponse<String> response = send(request().GET().build());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void answersABodyThatIsNotJsonWithUnsupportedMediaType() throws Exception {
		String query = "{\"query\":\"{ stats { papers } }\"}";

		assertThat(send(post("text/plain", BodyPublishers.ofString(query))).statusCode()).isEqualTo(415);
		assertThat(send(post("application/x-www-form-urlencoded", BodyPublishers.ofString("query=%7B%7D"))).statusCode())
			.isEqualTo(415);
	}

	@Test
	void refusesABatchArrayAndRunsNoneOfItsOperations() throws Exception {
		long before = fetches.count();
		long nodes = TestGraph.count(driver, "MATCH (n) RETURN count(n)");
		String batch = "[{\"query\":\"{ stats { papers } }\"},{\"query\":\"mutation { ingest(input: {url: \\\"2308.16137\\\"}) "
				+ "{ papersCreated } }\"}]";

		HttpResponse<String> response = send(post("application/json", BodyPublishers.ofString(batch)));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception", "\tat ");
		assertThat(fetches.count()).isEqualTo(before);
		assertThat(TestGraph.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(nodes);
	}

	@Test
	void acceptsABodyJustUnderSixMegabytes() throws Exception {
		String body = "{\"query\":\"{ stats { papers } }\",\"variables\":{\"unused\":\"" + "x".repeat(SIX_MB - 200) + "\"}}";

		HttpResponse<String> response = send(post("application/json", BodyPublishers.ofString(body)));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"stats\"");
	}

	@Test
	void answersABodyOverSixMegabytesWithContentTooLargeBeforeReadingIt() throws Exception {
		long before = fetches.count();
		byte[] body = ("{\"query\":\"{ stats { papers } }\",\"variables\":{\"unused\":\"" + "x".repeat(SIX_MB) + "\"}}")
			.getBytes(UTF_8);

		HttpResponse<String> declared = send(post("application/json", BodyPublishers.ofByteArray(body)));
		HttpResponse<String> chunked = send(post("application/json",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.body()).contains("larger than the 6 MB limit", "BAD_REQUEST");
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(fetches.count()).isEqualTo(before);
	}

	@Test
	void sendsNoCorsHeadersToAnotherOriginByDefault() throws Exception {
		HttpResponse<String> preflight = send(request().method("OPTIONS", BodyPublishers.noBody())
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type, authorization")
			.build());
		HttpResponse<String> simple = send(request().POST(BodyPublishers.ofString("{\"query\":\"{ stats { papers } }\"}"))
			.header("Content-Type", "application/json")
			.header("Origin", "https://evil.example")
			.build());

		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpRequest.Builder request() {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).timeout(Duration.ofSeconds(30));
	}

	private HttpRequest post(String contentType, BodyPublisher body) {
		return request().POST(body).header("Content-Type", contentType).build();
	}

	private static HttpResponse<String> send(HttpRequest request) throws Exception {
		return HTTP.send(request, BodyHandlers.ofString());
	}

}
