package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.graph.PaperIdentity;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.GraphDump;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PapergraphTest
class IngestIntegrationTest {

	private static final String LM_INFINITE = "LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models";

	@Autowired
	IngestService ingest;

	@Autowired
	Driver driver;

	@BeforeEach
	void emptyGraph() {
		TestGraph.clear(driver);
	}

	@Test
	void writesTheSeedAsTwentyEightPapersWithSixRepositories() {
		IngestReport report = ingest.ingestText(Fixtures.text(Fixtures.SEED));

		assertThat(report.papersCreated()).isEqualTo(28);
		assertThat(report.repositoriesLinked()).isEqualTo(6);
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isEqualTo(28);
		assertThat(keys("MATCH (r:Repository) RETURN r.key AS key")).containsExactlyInAnyOrder(
				"github.com/wbbeyourself/scm4llms", "github.com/christianyang37/chiwun", "github.com/edwardjhu/tp4",
				"github.com/zoeyyao27/sirllm", "github.com/aca-lab-sjtu/token-ring", "github.com/hoar012/rap-mllm");
		assertThat(TestGraph.count(driver,
				"MATCH (p:Paper)-[:FROM_SOURCE]->(s:Source {kind: 'text'}) RETURN count(DISTINCT p)")).isEqualTo(28);
		assertThat(keys("MATCH (p:Paper) WHERE p.projectPage IS NOT NULL RETURN p.projectPage AS key"))
			.containsExactly("https://story2motion.github.io/");
	}

	@Test
	void changesNothingWhenTheSameInputArrivesAgain() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		List<String> before = GraphDump.of(driver);

		IngestReport again = ingest.ingestText(Fixtures.text(Fixtures.SEED));
		IngestReport againHtml = ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"),
				"https://huggingface.co/papers/date/2024-03-11");

		assertThat(again.papersCreated() + again.papersUpdated()).isZero();
		assertThat(again.papersUnchanged()).isEqualTo(28);
		assertThat(againHtml.papersCreated() + againHtml.papersUpdated()).isZero();
		assertThat(GraphDump.of(driver)).isEqualTo(before);
	}

	@Test
	void enrichesATextOnlyPaperWithALaterRicherSourceKeepingTheIdItWasFirstServedWith() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		String titleId = PaperIdentity.titleId(LM_INFINITE);

		IngestReport html = ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"),
				"https://huggingface.co/papers/date/2024-03-11");
		ingest.ingestText(Fixtures.text("fixtures/arxiv/feed.xml"));

		assertThat(html.papersUpdated()).isGreaterThanOrEqualTo(1);
		try (Session session = driver.session()) {
			var papers = session.run("MATCH (p:Paper) WHERE p.titleKey = $key RETURN p", Map.of("key",
					PaperIdentity.titleKey(LM_INFINITE))).list(r -> r.get("p").asNode());
			assertThat(papers).hasSize(1);
			var paper = papers.get(0);
			assertThat(paper.get("id").asString()).isEqualTo(titleId);
			assertThat(paper.get("arxivId").asString()).isEqualTo("2308.16137");
			assertThat(paper.get("aliases").isNull()).isTrue();
			assertThat(paper.get("upvotes").asInt()).isEqualTo(23);
			var authors = session.run("""
					MATCH (a:Author)-[r:AUTHORED]->(:Paper {arxivId: '2308.16137'}) RETURN a.name AS name ORDER BY r.position
					""").list(r -> r.get("name").asString());
			assertThat(authors).hasSize(7).startsWith("Chi Han");
			assertThat(session.run("MATCH (:Paper {arxivId: '2308.16137'})-[:HAS_CODE]->(r) RETURN r.key AS key")
				.list(r -> r.get("key").asString())).containsExactly("github.com/glaciohound/lm-infinite");
			assertThat(session.run("MATCH (:Paper {arxivId: '2308.16137'})-[:FROM_SOURCE]->(s) RETURN s.kind AS kind")
				.list(r -> r.get("kind").asString())).containsExactlyInAnyOrder("text", "hf-listing", "arxiv-atom");
		}
		// The listing adds three papers (LM-Infinite and Story-to-Motion were in the seed); the feed adds none.
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isEqualTo(28 + 3);
		assertThat(TestGraph.count(driver, "MATCH (p:Paper {arxivId: '2311.07446'}) WHERE p.id STARTS WITH 't-' RETURN count(p)"))
			.isEqualTo(1);
	}

	@Test
	void updatesVolatileFactsFromALaterListing() {
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");

		IngestReport weekly = ingest.ingestHtml(Fixtures.text("fixtures/hf/weekly-listing.html"),
				"https://huggingface.co/papers/week/2024-W11");

		assertThat(weekly.papersUpdated()).isEqualTo(1);
		assertThat(weekly.papersCreated()).isEqualTo(2);
		assertThat(TestGraph.count(driver, "MATCH (p:Paper {id: '2308.16137'}) RETURN p.upvotes")).isEqualTo(30);
		assertThat(TestGraph.count(driver, "MATCH (r:Repository {key: 'github.com/glaciohound/lm-infinite'}) RETURN r.stars"))
			.isEqualTo(418);
	}

	@Test
	void writesAPageWholeOrNotAtAll() {
		ingest.ingestText(Fixtures.text("fixtures/text/listing-small.txt"));
		List<String> before = GraphDump.of(driver);
		try (Session session = driver.session()) {
			// A constraint the daily listing's third paper breaks, so the page fails after others were written.
			session.run("CREATE CONSTRAINT test_fault IF NOT EXISTS FOR (p:Paper) REQUIRE p.organization IS UNIQUE").consume();
			session.run("CREATE (:Paper {id: 'fault', titleKey: 'fault', organization: 'Stability AI'})").consume();
		}
		try {
			assertThatThrownBy(() -> ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"),
					"https://huggingface.co/papers/date/2024-03-11"))
				.isInstanceOf(RuntimeException.class);
			try (Session session = driver.session()) {
				session.run("MATCH (p:Paper {id: 'fault'}) DELETE p").consume();
			}
			assertThat(GraphDump.of(driver)).isEqualTo(before);
		}
		finally {
			try (Session session = driver.session()) {
				session.run("DROP CONSTRAINT test_fault IF EXISTS").consume();
			}
		}
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		List<String> rerun = GraphDump.of(driver);
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text("fixtures/text/listing-small.txt"));
		ingest.ingestHtml(Fixtures.text("fixtures/hf/daily-listing.html"), "https://huggingface.co/papers/date/2024-03-11");
		assertThat(withoutTimes(rerun)).isEqualTo(withoutTimes(GraphDump.of(driver)));
	}

	@Test
	void keepsHostileTextAsPlainDataAndRunsNothing() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		long nodes = TestGraph.count(driver, "MATCH (n) RETURN count(n)");

		IngestReport report = ingest.ingestHtml(Fixtures.text("fixtures/hf/hostile.html"),
				"https://huggingface.co/papers/date/2024-03-11");

		assertThat(report.papersCreated()).isEqualTo(2);
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isEqualTo(30);
		assertThat(TestGraph.count(driver, "MATCH (n) RETURN count(n)")).isGreaterThan(nodes);
		assertThat(keys("MATCH (p:Paper {id: '2403.06602'}) RETURN p.title AS key"))
			.containsExactly("Robby' WITH true as ignored MATCH (s) DETACH DELETE s; //");
		assertThat(keys("MATCH (p:Paper) WHERE p.title CONTAINS '<' OR p.abstract CONTAINS '<script' "
				+ "OR p.abstract CONTAINS '<img' RETURN p.id AS key")).isEmpty();
		assertThat(TestGraph.count(driver, "MATCH (:Paper {id: '2403.06601'})-[:HAS_CODE]->(r) RETURN count(r)")).isZero();
	}

	@Test
	void concurrentIngestsOfOverlappingPagesGiveTheGraphOfASerialRun() throws Exception {
		List<String> pages = List.of("fixtures/hf/daily-listing.html", "fixtures/hf/weekly-listing.html",
				"fixtures/hf/paper-page.html", "fixtures/hf/markup-only.html");
		for (String page : pages) {
			ingest.ingestHtml(Fixtures.text(page), "https://huggingface.co/" + page);
		}
		ingest.ingestText(Fixtures.text("fixtures/arxiv/feed.xml"));
		List<String> serial = withoutTimes(GraphDump.of(driver));
		TestGraph.clear(driver);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String page = pages.get(i % pages.size());
				runs.add(pool.submit(() -> ingest.ingestHtml(Fixtures.text(page), "https://huggingface.co/" + page)));
			}
			runs.add(pool.submit(() -> ingest.ingestText(Fixtures.text("fixtures/arxiv/feed.xml"))));
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(TestGraph.count(driver, "MATCH (p:Paper) WITH p.titleKey AS k, count(*) AS c WHERE c > 1 RETURN count(k)"))
			.isZero();
		assertThat(withoutTimes(GraphDump.of(driver))).isEqualTo(serial);
	}

	private List<String> keys(String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).list(r -> r.get("key").asString());
		}
	}

	private static List<String> withoutTimes(List<String> dump) {
		return dump.stream()
			.map(line -> line.replaceAll("(createdAt|updatedAt|fetchedAt|firstFetchedAt|seenAt)=[^,}]+", "$1=*"))
			.sorted()
			.toList();
	}

}
