package org.papergraph.similarity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.ingest.IngestService;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class MentionsTest {

	private static final String SURVEY = """
			A Survey of Methods for Very Long Inputs

			We compare LM-Infinite and TokenRing with Landmark Attention and an Unbounded memory baseline. Attention, \
			memory and infinite context matter; lm-infinite in lower case, TokenRings and Human-like agents do not \
			count, and neither does the name LLMs. We also revisit Infinite-LLM-style serving.
			""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	DeriveWorker worker;

	@BeforeEach
	void seedWithASurvey() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ingest.ingestText(SURVEY);
	}

	@Test
	void linksAnAbstractToThePapersItNamesAndToNoOther() {
		DeriveReport report = worker.runNow();

		assertThat(mentions()).containsExactlyInAnyOrder(
				"A Survey of Methods for Very Long Inputs -LM-Infinite-> LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models",
				"A Survey of Methods for Very Long Inputs -TokenRing-> TokenRing: An Efficient Parallelism Framework for Infinite-Context LLMs via Bidirectional Communication",
				"A Survey of Methods for Very Long Inputs -Infinite-LLM-> Infinite-LLM: Efficient LLM Service for Long Context with DistAttention and Distributed KVCache");
		assertThat(report.mentionLinks()).isEqualTo(3);
	}

	@Test
	void keepsMentionsAsTheyAreWhenNothingChanged() {
		worker.runNow();
		List<String> before = mentions();

		worker.runNow();

		assertThat(mentions()).isEqualTo(before);
	}

	@Test
	void servesMentionsBothWaysAndAsAReasonForRelatedness() {
		worker.runNow();

		Map<String, Object> survey = Api.anonymous(port).document("""
				{ search(query: "Survey of Methods for Very Long Inputs", mode: KEYWORD, first: 1) {
				    paper { mentions { title } related(first: 10) { paper { title } reasons { kind detail } } } } }""")
			.retrieveSync("search[0].paper").toEntity(Map.class);
		List<Map<String, Object>> mentionedBy = Api.anonymous(port).document("""
				{ search(query: "TokenRing", mode: KEYWORD, first: 1) { paper { mentionedBy { title } } } }""")
			.retrieveSync("search[0].paper.mentionedBy").toEntityList(Map.class).stream()
			.map(m -> (Map<String, Object>) m).toList();

		assertThat((List<Map<String, Object>>) survey.get("mentions")).extracting(m -> m.get("title")).hasSize(3);
		assertThat(mentionedBy).extracting(m -> m.get("title")).containsExactly("A Survey of Methods for Very Long Inputs");
		assertThat((List<Map<String, Object>>) survey.get("related")).anySatisfy(related -> assertThat(
				(List<Map<String, Object>>) related.get("reasons")).contains(Map.of("kind", "MENTIONS", "detail",
						"TokenRing is mentioned in this paper's abstract")));
	}

	private List<String> mentions() {
		try (Session session = driver.session()) {
			return session.run("""
					MATCH (a:Paper)-[m:MENTIONS]->(b:Paper)
					RETURN a.title + ' -' + m.phrase + '-> ' + b.title AS mention ORDER BY mention
					""").list(r -> r.get("mention").asString());
		}
	}

}
