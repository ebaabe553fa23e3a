package org.papergraph.explorer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.papergraph.graph.GraphIds;
import org.papergraph.ingest.IngestService;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths whose ends are not papers: each end is found where its kind of node lives.
 */
@PapergraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathEndsTest {

	private static final String PATH = """
			query PathBetween($from: ID!, $to: ID!) {
			  path(from: $from, to: $to, maxHops: 3) {
			    length hops { from { ref kind label } relation to { ref kind label } }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	String paper;

	String firstAuthor;

	String lastAuthor;

	@BeforeAll
	void listingWithAuthors() {
		TestGraph.clear(driver);
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		paper = TestGraph.string(driver, """
				MATCH (p:Paper) WHERE COUNT { (p)<-[:AUTHORED]-() } >= 2 RETURN p.id ORDER BY p.id LIMIT 1""", Map.of());
		firstAuthor = GraphIds.AUTHOR + TestGraph.string(driver,
				"MATCH (:Paper {id: $id})<-[:AUTHORED]-(a:Author) RETURN a.key ORDER BY a.key LIMIT 1", Map.of("id", paper));
		lastAuthor = GraphIds.AUTHOR + TestGraph.string(driver,
				"MATCH (:Paper {id: $id})<-[:AUTHORED]-(a:Author) RETURN a.key ORDER BY a.key DESC LIMIT 1",
				Map.of("id", paper));
	}

	@Test
	void goesFromAPaperToOneOfItsAuthorsInOneHop() {
		Map<String, Object> path = path(paper, firstAuthor);

		assertThat(path.get("length")).isEqualTo(1);
		assertThat((List<Map<String, Object>>) path.get("hops")).singleElement().satisfies(hop -> {
			assertThat(hop.get("relation")).isEqualTo("AUTHORED");
			assertThat(((Map<?, ?>) hop.get("from")).get("ref")).isEqualTo(paper);
			assertThat(((Map<?, ?>) hop.get("to")).get("ref")).isEqualTo(firstAuthor);
			assertThat(((Map<?, ?>) hop.get("to")).get("kind")).isEqualTo("AUTHOR");
		});
	}

	@Test
	void goesFromAnAuthorToACoAuthorThroughTheirPaper() {
		Map<String, Object> path = path(firstAuthor, lastAuthor);

		assertThat(firstAuthor).isNotEqualTo(lastAuthor);
		assertThat(path.get("length")).isEqualTo(2);
		List<Map<String, Object>> hops = (List<Map<String, Object>>) path.get("hops");
		assertThat(((Map<?, ?>) hops.get(0).get("from")).get("ref")).isEqualTo(firstAuthor);
		assertThat(((Map<?, ?>) hops.get(0).get("to")).get("kind")).isEqualTo("PAPER");
		assertThat(((Map<?, ?>) hops.get(1).get("to")).get("ref")).isEqualTo(lastAuthor);
	}

	@Test
	void answersNullForAnAuthorTheGraphDoesNotHold() {
		Object path = Api.anonymous(port).document(PATH)
			.variables(Map.of("from", paper, "to", GraphIds.AUTHOR + "nobody-at-all"))
			.executeSync()
			.field("path")
			.getValue();

		assertThat(path).isNull();
	}

	private Map<String, Object> path(String from, String to) {
		return Api.anonymous(port).document(PATH).variables(Map.of("from", from, "to", to)).retrieveSync("path")
			.toEntity(Map.class);
	}

}
