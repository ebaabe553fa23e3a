package org.papergraph.similarity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.ingest.IngestReport;
import org.papergraph.ingest.IngestService;
import org.papergraph.ingest.PapersChanged;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PapergraphTest
class DeriveWorkerTest {

	private static final String LM_INFINITE = "LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models";

	private static final String REWORDED = """
			On-the-Fly Length Generalization of Large Language Models Revisited

			Transformer-based Large Language Models (LLMs) often fail on sequences longer than those seen in training, \
			and finetuning on longer corpora is costly. We study the out-of-distribution factors behind this length \
			generalization failure and propose a Lambda-shaped attention mask with a distance limit that needs no \
			parameter updates, keeping generation fluent on inputs far longer than the training length.
			""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	DeriveWorker worker;

	@Autowired
	PaperEmbeddings embeddings;

	@Autowired
	SimilarityLinks links;

	@Autowired
	Mentions mentions;

	@Autowired
	ClusterBuilder clusters;

	@Autowired
	SimilarityProperties properties;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.papergraph.graph.Embedder embedder;

	DeriveWorker background;

	@BeforeEach
	void startABackgroundWorker() {
		TestGraph.clear(driver);
		SimilarityProperties on = new SimilarityProperties(true, Duration.ofMillis(300), properties.batchSize(),
				properties.maxTextChars(), properties.neighbours(), properties.floor(), properties.exactUpTo(),
				properties.probes(), properties.clusters());
		background = new DeriveWorker(embeddings, links, mentions, clusters, on, events, embedder);
	}

	@AfterEach
	void stopIt() throws InterruptedException {
		background.destroy();
	}

	@Test
	void embedsLinksAndClustersNewPapersInTheBackground() {
		IngestReport report = ingest.ingestText(Fixtures.text(Fixtures.SEED));
		assertThat(embeddings.pending()).isEqualTo(28);

		background.onPapersChanged(new PapersChanged(report.paperIds()));

		await().atMost(Duration.ofSeconds(120)).until(() -> count("MATCH (c:Cluster) RETURN count(c)") > 0);
		assertThat(embeddings.pending()).isZero();
		assertThat(count("MATCH ()-[s:SIMILAR_TO]->() RETURN count(s)")).isPositive();
		assertThat(count("MATCH (p:Paper)-[:IN_CLUSTER]->() WHERE p.title IN $titles RETURN count(p)",
				Map.of("titles", SeedSimilarityTest.LONG_CONTEXT))).isEqualTo(7);
	}

	@Test
	void aNewPaperEntersTheListsOfOlderPapersItIsCloseTo() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		worker.runNow();
		List<String> sirLlmBefore = neighbours("SirLLM: Streaming Infinite Retentive LLM");

		IngestReport report = ingest.ingestText(REWORDED);
		background.onPapersChanged(new PapersChanged(report.paperIds()));

		String reworded = "On-the-Fly Length Generalization of Large Language Models Revisited";
		await().atMost(Duration.ofSeconds(60)).until(() -> !neighbours(reworded).isEmpty());
		assertThat(neighbours(reworded).get(0)).isEqualTo(LM_INFINITE);
		assertThat(neighbours(LM_INFINITE)).first().isEqualTo(reworded);
		assertThat(neighbours(LM_INFINITE)).hasSizeLessThanOrEqualTo(properties.neighbours());
		List<Long> ranks = ranks(LM_INFINITE);
		assertThat(ranks).isEqualTo(LongStream.rangeClosed(1, ranks.size()).boxed().toList());
		assertThat(neighbours("SirLLM: Streaming Infinite Retentive LLM")).containsAll(
				sirLlmBefore.subList(0, Math.min(3, sirLlmBefore.size())));
	}

	@Test
	void embedsAPaperAgainWhenItsAbstractChanges() {
		IngestReport report = ingest.ingestText(Fixtures.text(Fixtures.SEED));
		worker.runNow();
		String before = embeddedText(LM_INFINITE);
		List<String> neighboursBefore = neighbours(LM_INFINITE);
		try (Session session = driver.session()) {
			session.run("MATCH (p:Paper {title: $title}) SET p.abstract = 'Diffusion models generate images of cats.'",
					Map.of("title", LM_INFINITE)).consume();
		}

		background.onPapersChanged(new PapersChanged(report.paperIds()));

		await().atMost(Duration.ofSeconds(60)).until(() -> !neighbours(LM_INFINITE).equals(neighboursBefore));
		assertThat(embeddedText(LM_INFINITE)).isNotNull().isNotEqualTo(before);
		assertThat(neighbours(LM_INFINITE)).hasSizeLessThan(neighboursBefore.size());
	}

	@Test
	void derivesOnDemandOnlyWithTheApiKey() {
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		String derive = "mutation { derive { embedded embeddingsPending similarLinks mentionLinks clusters } }";

		ClientGraphQlResponse anonymous = Api.anonymous(port).document(derive).executeSync();
		Map<String, Object> report = Api.withKey(port, PapergraphTest.API_KEY)
			.document(derive).retrieveSync("derive").toEntity(Map.class);

		assertThat(anonymous.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
		assertThat(report).containsEntry("embedded", 28).containsEntry("embeddingsPending", 0);
		assertThat((Integer) report.get("similarLinks")).isPositive();
		assertThat((Integer) report.get("clusters")).isPositive();
	}

	private List<String> neighbours(String title) {
		try (Session session = driver.session()) {
			return session.run("""
					MATCH (:Paper {title: $title})-[s:SIMILAR_TO]->(b:Paper)
					RETURN b.title AS title ORDER BY s.rank
					""", Map.of("title", title)).list(r -> r.get("title").asString());
		}
	}

	private List<Long> ranks(String title) {
		try (Session session = driver.session()) {
			return session.run("""
					MATCH (:Paper {title: $title})-[s:SIMILAR_TO]->()
					RETURN s.rank AS rank ORDER BY rank
					""", Map.of("title", title)).list(r -> r.get("rank").asLong());
		}
	}

	private String embeddedText(String title) {
		try (Session session = driver.session()) {
			return session.run("MATCH (p:Paper {title: $title}) RETURN p.embeddedText AS hash", Map.of("title", title))
				.single()
				.get("hash")
				.asString(null);
		}
	}

	private long count(String cypher) {
		return TestGraph.count(driver, cypher);
	}

	private long count(String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.run(cypher, parameters).single().get(0).asLong();
		}
	}

}
