package org.papergraph.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.Embedder;
import org.papergraph.graph.PaperRecord;
import org.papergraph.ingest.TextListingParser;
import org.papergraph.testsupport.Fixtures;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic assignment on the 28 seed papers against hand labels ({@code topics/seed-labels.yaml}): precision and
 * recall per topic, printed, and at least 0.9 for the three contract topics. A paper is in a topic when it has the
 * topic or one of its subtopics, on both sides: the API counts a topic's papers the same way.
 */
class TopicAssignmentQualityTest {

	private static final List<String> CONTRACT_TOPICS = List.of("infinite-context", "reinforcement-learning",
			"diffusion-models");

	static Map<String, Set<String>> assigned = new HashMap<>();

	static Map<String, Set<String>> assignedWithMeaning = new HashMap<>();

	static Map<String, Set<String>> labelled = new HashMap<>();

	static Taxonomy taxonomy;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void assignTheSeed() {
		taxonomy = Taxonomy.load(new ClassPathResource("taxonomy/topics.yaml"));
		TopicAssigner assigner = new TopicAssigner(taxonomy);
		Embedder embedder = new Embedder();
		TopicVectors vectors = TopicVectors.of(taxonomy, embedder);
		for (PaperRecord paper : TextListingParser.parse(Fixtures.text(Fixtures.SEED)).papers()) {
			assigned.put(paper.title(), withAncestors(assigner.assign(paper.title(), paper.abstractText(), paper.keywords())
				.topics().stream().map(TopicScore::slug).collect(Collectors.toSet())));
			float[] vector = embedder.embed(Embedder.paperText(paper.title(), paper.abstractText(), 2_000));
			assignedWithMeaning.put(paper.title(), withAncestors(assigner
				.assign(paper.title(), paper.abstractText(), paper.keywords(), vector, vectors)
				.topics().stream().map(TopicScore::slug).collect(Collectors.toSet())));
		}
		List<Map<String, Object>> labels = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(Fixtures.text("topics/seed-labels.yaml"));
		for (Map<String, Object> label : labels) {
			labelled.put((String) label.get("title"), withAncestors(Set.copyOf((List<String>) label.get("topics"))));
		}
	}

	private static Set<String> withAncestors(Set<String> slugs) {
		Set<String> all = new TreeSet<>(slugs);
		slugs.forEach(slug -> all.addAll(taxonomy.ancestors(slug)));
		return all;
	}

	@Test
	void labelsCoverEverySeedPaperWithTopicsOfTheTaxonomy() {
		assertThat(labelled.keySet()).isEqualTo(assigned.keySet()).hasSize(28);
		labelled.values().forEach(slugs -> slugs.forEach(slug -> assertThat(taxonomy.topic(slug)).isPresent()));
	}

	@Test
	void findsTheContractTopicsFromPhrasesWithPrecisionAndRecallOfAtLeastNinetyPercent() {
		assertQuality("phrases", assigned);
	}

	@Test
	void findsTheContractTopicsFromPhrasesAndMeaningWithPrecisionAndRecallOfAtLeastNinetyPercent() {
		assertQuality("phrases and embeddings", assignedWithMeaning);
	}

	private void assertQuality(String signals, Map<String, Set<String>> assigned) {
		Set<String> topics = new TreeSet<>();
		labelled.values().forEach(topics::addAll);
		System.out.println("Signals: " + signals);
		System.out.printf("%-32s %9s %9s %4s %4s %4s%n", "topic", "precision", "recall", "tp", "fp", "fn");
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (String topic : topics) {
			Quality q = quality(topic, assigned);
			System.out.printf("%-32s %9.2f %9.2f %4d %4d %4d%n", topic, q.precision(), q.recall(), q.tp, q.fp, q.fn);
			tp += q.tp;
			fp += q.fp;
			fn += q.fn;
		}
		System.out.printf("%-32s %9.2f %9.2f %4d %4d %4d%n%n", "all labelled topics (micro)", tp / (double) (tp + fp),
				tp / (double) (tp + fn), tp, fp, fn);
		for (String topic : CONTRACT_TOPICS) {
			Quality q = quality(topic, assigned);
			assertThat(q.tp).as(topic + " is found at all").isPositive();
			assertThat(q.precision()).as(topic + " precision").isGreaterThanOrEqualTo(0.9);
			assertThat(q.recall()).as(topic + " recall").isGreaterThanOrEqualTo(0.9);
		}
	}

	@Test
	void neverAssignsInfiniteContextForTheWordInfiniteAlone() {
		TopicAssigner assigner = new TopicAssigner(taxonomy);
		List<TopicScore> topics = assigner.assign("Infinite Infinity: on infinite things",
				"Infinite games, infinity, infinitely many infinite sets and the infinite horizon of infinite play.",
				List.of("infinite", "infinity")).topics();

		assertThat(topics).extracting(TopicScore::slug).doesNotContain("infinite-context");
	}

	private Quality quality(String topic, Map<String, Set<String>> assigned) {
		Quality q = new Quality();
		for (String title : labelled.keySet()) {
			boolean expected = labelled.get(title).contains(topic);
			boolean actual = assigned.get(title).contains(topic);
			if (expected && actual) {
				q.tp++;
			}
			else if (actual) {
				q.fp++;
				System.out.println("  extra " + topic + ": " + title);
			}
			else if (expected) {
				q.fn++;
				System.out.println("  missed " + topic + ": " + title);
			}
		}
		return q;
	}

	private static final class Quality {

		int tp;

		int fp;

		int fn;

		double precision() {
			return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
		}

		double recall() {
			return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
		}

	}

}
