package org.papergraph.topics;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.graph.PaperRecord;
import org.papergraph.ingest.IngestService;
import org.papergraph.ingest.Listing;
import org.papergraph.ingest.SourceKind;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class TopicIntegrationTest {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	TopicService topics;

	@BeforeEach
	void emptyGraph() {
		TestGraph.clear(driver);
	}

	@Test
	void loadsTheTaxonomyAsATreeOfTopics() {
		assertThat(TestGraph.count(driver, "MATCH (t:Topic) RETURN count(t)")).isGreaterThanOrEqualTo(40);
		assertThat(TestGraph.count(driver, """
				MATCH (:Topic {slug: 'infinite-context'})-[:SUBTOPIC_OF]->(:Topic {slug: 'large-language-models'})
				RETURN count(*)""")).isEqualTo(1);
	}

	@Test
	void assignsTopicsWithScoresAndEvidenceRightAfterIngest() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));

		try (Session session = driver.session()) {
			var link = session.run("""
					MATCH (p:Paper)-[r:HAS_TOPIC]->(:Topic {slug: 'infinite-context'})
					WHERE p.title STARTS WITH 'LM-Infinite'
					RETURN r.score AS score, r.evidence AS evidence""").single();
			assertThat(link.get("score").asDouble()).isBetween(0.0, 1.0);
			assertThat(link.get("evidence").asList()).isNotEmpty();
		}
		assertThat(TestGraph.count(driver, """
				MATCH (p:Paper)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {slug: 'infinite-context'})
				RETURN count(DISTINCT p)""")).isEqualTo(7);
		assertThat(TestGraph.count(driver, """
				MATCH (p:Paper)-[:HAS_TOPIC]->(:Topic {slug: 'infinite-context'})
				WHERE p.title STARTS WITH 'Learning H-Infinity' OR p.title STARTS WITH 'Feature Learning in Infinite-Width'
				RETURN count(p)""")).isZero();
	}

	@Test
	void foldsKeywordSpellingsIntoOneNodeThatSignalsItsTopic() {
		ingest.ingestListing(SourceKind.HF_LISTING.at("test:keywords"), new Listing(SourceKind.HF_LISTING, List.of(
				paper("2401.00001", "First paper on memory", List.of("Long-Context", "KV cache")),
				paper("2401.00002", "Second paper on memory", List.of("long contexts")),
				paper("2401.00003", "Third paper on memory", List.of("Long Context"))), List.of()));

		assertThat(TestGraph.count(driver, """
				MATCH (k:Keyword {key: 'long context'})<-[:HAS_KEYWORD]-(p:Paper) RETURN count(p)""")).isEqualTo(3);
		assertThat(TestGraph.count(driver, "MATCH (k:Keyword) WHERE toLower(k.key) CONTAINS 'context' RETURN count(k)"))
			.isEqualTo(1);
		assertThat(TestGraph.count(driver, """
				MATCH (:Keyword {key: 'long context'})-[:SIGNALS]->(:Topic {slug: 'infinite-context'}) RETURN count(*)"""))
			.isEqualTo(1);
	}

	@Test
	void linksEachPaperOnceToEveryTopicItHasAndEveryBroaderOneAsItsTopicsChange() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		assertThat(memberships()).isNotEmpty().isEqualTo(closure());

		ingest.ingestListing(SourceKind.HF_LISTING.at("test:change"), new Listing(SourceKind.HF_LISTING, List.of(
				paper("2401.00009", "Diffusion models for image generation", List.of("diffusion", "image generation"))),
				List.of()));
		assertThat(memberships()).contains("2401.00009>diffusion-models").isEqualTo(closure());
		ingest.ingestListing(SourceKind.HF_LISTING.at("test:change"), new Listing(SourceKind.HF_LISTING, List.of(
				paper("2401.00009", "Policy optimization with reinforcement learning from human feedback",
						List.of("reinforcement learning", "RLHF"))),
				List.of()));

		assertThat(memberships()).doesNotContain("2401.00009>diffusion-models")
			.contains("2401.00009>reinforcement-learning")
			.isEqualTo(closure());
		assertThat(TestGraph.count(driver, """
				MATCH (p:Paper)-[r:IN_TOPIC]->(t:Topic) WITH p, t, count(r) AS links WHERE links > 1 RETURN count(*)"""))
			.isZero();
	}

	@Test
	void reassigningEveryPaperGivesTheSameGraphAsAssignmentAtIngest() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		var before = org.papergraph.testsupport.GraphDump.of(driver);

		TopicService.Report report = topics.reassignAll();

		assertThat(report.papers()).isEqualTo(28);
		assertThat(report.assignments()).isPositive();
		assertThat(withoutVersion(org.papergraph.testsupport.GraphDump.of(driver))).isEqualTo(withoutVersion(before));
	}

	@Test
	void theTopicsCommandReassignsAndPrintsASummary() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exitCode = new TopicCommand(topics).run(List.of(), new java.io.PrintStream(out, true));

		assertThat(out.toString()).contains("28 papers").contains("topic links");
		assertThat(exitCode).isZero();
	}

	/** Each paper's topic memberships as stored, as sorted "paper>topic" pairs. */
	private List<String> memberships() {
		return pairs("MATCH (p:Paper)-[:IN_TOPIC]->(t:Topic) RETURN p.id + '>' + t.slug AS pair ORDER BY pair");
	}

	/** Each paper's topics and their broader topics, walked from its own topics. */
	private List<String> closure() {
		return pairs("""
				MATCH (p:Paper)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(t:Topic)
				RETURN DISTINCT p.id + '>' + t.slug AS pair ORDER BY pair""");
	}

	private List<String> pairs(String query) {
		try (Session session = driver.session()) {
			return session.run(query).list(row -> row.get("pair").asString());
		}
	}

	private static List<String> withoutVersion(List<String> dump) {
		return dump.stream().filter(line -> !line.contains("TaxonomyVersion")).toList();
	}

	private static PaperRecord paper(String id, String title, List<String> keywords) {
		return new PaperRecord(id, title, "An abstract about memory and retrieval for models.", null, List.of(), null,
				null, null, keywords, List.of(), null, null);
	}

}
