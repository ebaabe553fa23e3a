package org.papergraph.api;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQueryBuilder;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.FetchCounter;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every limit refuses a request whole, before any field is fetched, with a {@code BAD_REQUEST} error that names the
 * limit; requests within the limits pass. These tests need no data: an accepted request may still fail on a field
 * that is not served yet, but never on a limit.
 */
@PapergraphTest
class RequestLimitsTest {

	@LocalServerPort
	int port;

	@Autowired
	FetchCounter fetches;

	@Autowired
	Driver driver;

	@Test
	void acceptsAQueryTwelveLevelsDeepAndRefusesThirteen() {
		assertWithinLimits(run(topicChain(12)));

		assertRefusedBeforeFetching(() -> run(topicChain(13)), "13 levels deep; at most 12");
	}

	@Test
	void keepsGraphiqlIntrospectionWorkingDespiteItsDepth() {
		String introspection = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
			.typeRefFragmentDepth(9));

		ClientGraphQlResponse response = run(introspection);

		assertThat(response.getErrors()).isEmpty();
		assertThat((Object) response.field("__schema.queryType.name").getValue()).isEqualTo("Query");
	}

	@Test
	void refusesAnIntrospectionQueryDeeperThanItsOwnBound() {
		String deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { "
				+ "ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } } } } } } }";

		assertRefusedBeforeFetching(() -> run(deep), "introspection query is 21 levels deep");
	}

	@Test
	void refusesAQueryEstimatedAtMoreThanTenThousandNodesAndReportsTheEstimate() {
		ClientGraphQlResponse response = assertRefusedBeforeFetching(() -> run("""
				{ papers(first: 100) { edges { node { related(first: 100) { paper { related(first: 100) { score } } } } } } }"""),
				"about 1010100 nodes");

		assertThat(cost(response)).containsEntry("nodes", 1_010_100).containsEntry("maxNodes", 10_000);
		assertThat(response.getErrors().get(0).getExtensions()).containsEntry("limit", "nodes");
	}

	@Test
	void acceptsAQueryWithinTheNodeBudgetAndReportsItsCost() {
		ClientGraphQlResponse response = run("{ papers(first: 50) { edges { node { related(first: 20) { score } } } } }");

		assertWithinLimits(response);
		assertThat(cost(response)).containsEntry("nodes", 1_050).containsEntry("points", 11);
		assertThat(cost(run("{ stats { papers } }"))).containsEntry("nodes", 0).containsEntry("points", 1);
	}

	@Test
	void refusesFirstOverOneHundredWhetherLiteralOrVariable() {
		assertRefusedBeforeFetching(() -> run("{ papers(first: 101) { totalCount } }"),
				"first must be between 1 and 100, got 101");
		assertRefusedBeforeFetching(() -> Api.anonymous(port)
			.document("query Page($n: Int) { topics { papers(first: $n) { totalCount } } }")
			.variable("n", 500)
			.executeSync(), "first must be between 1 and 100, got 500");
		assertRefusedBeforeFetching(() -> run("{ clusters(first: 0) { id } }"), "got 0");
		assertWithinLimits(run("{ papers(first: 100) { totalCount } }"));
	}

	@Test
	void refusesMoreThanTwentyAliases() {
		assertWithinLimits(run("{ stats { " + aliases(20) + " } }"));

		assertRefusedBeforeFetching(() -> run("{ stats { " + aliases(21) + " } }"), "21 aliases; at most 20");
	}

	@Test
	void refusesMoreThanFiveTopLevelFieldsButDoesNotCountIntrospection() {
		assertWithinLimits(run("{ stats { papers } topics { slug } clusters { id } node(id: \"x\") { id } "
				+ "repositories { totalCount } __typename __schema { queryType { name } } }"));

		assertRefusedBeforeFetching(() -> run("{ stats { papers } topics { slug } clusters { id } node(id: \"x\") { id } "
				+ "repositories { totalCount } papers { totalCount } }"), "6 top-level fields; at most 5");
	}

	@Test
	void refusesTwoIngestsInOneRequestEvenWithTheKey() {
		long nodes = TestGraph.count(driver, "MATCH (n) RETURN count(n)");

		assertRefusedBeforeFetching(() -> Api.withKey(port, PapergraphTest.API_KEY).document("""
				mutation { a: ingest(input: { url: "2308.16137" }) { papersCreated }
				           b: ingest(input: { url: "2308.16138" }) { papersCreated } }""").executeSync(),
				"2 ingest fields; at most 1");
		assertThat(TestGraph.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(nodes);
	}

	@Test
	void cancelsParsingADocumentWithTooManyTokensOrCharacters() {
		String tokens = "{ stats { " + "papers ".repeat(5_001) + "} }";
		String characters = "{ stats { papers } } # " + "x".repeat(100_001);

		assertRefusedBeforeFetching(() -> run(tokens), "parsing has been cancelled");
		assertRefusedBeforeFetching(() -> run(characters), "parsing has been cancelled");
	}

	private ClientGraphQlResponse run(String document) {
		return Api.anonymous(port).document(document).executeSync();
	}

	private ClientGraphQlResponse assertRefusedBeforeFetching(java.util.function.Supplier<ClientGraphQlResponse> call,
			String message) {
		long before = fetches.count();
		ClientGraphQlResponse response = call.get();
		assertThat(fetches.count()).as("data fetcher invocations").isEqualTo(before);
		assertThat(response.getErrors()).isNotEmpty().allSatisfy(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).doesNotContain("Exception", "\tat ");
		});
		assertThat(response.getErrors()).extracting(ResponseError::getMessage).anySatisfy(m -> assertThat(m).contains(message));
		return response;
	}

	private static void assertWithinLimits(ClientGraphQlResponse response) {
		assertThat(response.getErrors()).noneSatisfy(error -> assertThat(error.getExtensions()).containsKey("limit"));
		assertThat(response.getErrors()).noneSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cost(ClientGraphQlResponse response) {
		return (Map<String, Object>) response.getExtensions().get("cost");
	}

	/** {@code topic} then {@code parent} down to the given depth, ending in {@code slug}. */
	private static String topicChain(int depth) {
		return "{ topic(slug: \"infinite-context\") { " + "parent { ".repeat(depth - 2) + "slug" + " }".repeat(depth - 1)
				+ " }";
	}

	private static String aliases(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "a" + i + ": papers").collect(Collectors.joining(" "));
	}

}
