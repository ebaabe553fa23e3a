package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterLabelerTest {

	@Test
	void labelsAClusterWithTermsItsPapersShareAndTheCorpusDoesNot() {
		List<ClusterLabeler.Document> corpus = new ArrayList<>();
		corpus.add(doc("Episodic Memory for Infinite Context LLMs"));
		corpus.add(doc("SirLLM: Streaming Infinite Retentive LLM with Long-Term Memory"));
		corpus.add(doc("Landmark Attention: Random-Access Infinite Context Length"));
		corpus.add(doc("A Definition of Continual Reinforcement Learning"));
		corpus.add(doc("Lifelong Reinforcement Learning Agent for Infinite Games"));
		corpus.add(doc("Infinite-horizon Reinforcement Learning"));
		for (int i = 0; i < 6; i++) {
			corpus.add(doc("Infinite Topic " + i + " Paper"));
		}

		List<ClusterLabeler.Label> labels = ClusterLabeler.label(corpus, List.of(new int[] { 0, 1, 2 },
				new int[] { 3, 4, 5 }));

		assertThat(labels.get(0).keyTerms()).contains("Memory").doesNotContain("Infinite", "infinite");
		assertThat(labels.get(0).keyTerms()).anyMatch(term -> term.contains("Context"));
		assertThat(labels.get(1).keyTerms()).first().isEqualTo("Reinforcement Learning");
		assertThat(labels.get(1).label()).startsWith("Reinforcement Learning");
	}

	@Test
	void skipsStopWordsAndBoilerplateOnTheirOwn() {
		List<ClusterLabeler.Document> corpus = List.of(doc("A Novel Framework for the Model"),
				doc("The Model: a Novel Framework"));

		assertThat(ClusterLabeler.label(corpus, List.<int[]>of(new int[] { 0, 1 })).get(0).keyTerms())
			.doesNotContain("A", "the", "Model", "Novel", "Framework");
	}

	private static ClusterLabeler.Document doc(String title) {
		return new ClusterLabeler.Document(title, List.of());
	}

}
