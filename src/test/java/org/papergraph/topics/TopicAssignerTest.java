package org.papergraph.topics;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class TopicAssignerTest {

	private final TopicAssigner assigner = new TopicAssigner(Taxonomy.load(new ClassPathResource("taxonomy/topics.yaml")));

	@Test
	void explainsATopicByThePhrasesThatTriggeredIt() {
		TopicAssigner.Assignment assignment = assigner.assign("Efficient Long-Context Inference",
				"We compress the KV cache so that long contexts fit in memory, and the KV cache stays small.", List.of());

		TopicScore topic = assignment.topics().stream().filter(t -> t.slug().equals("infinite-context")).findFirst()
			.orElseThrow();
		assertThat(topic.score()).isBetween(0.5, 1.0);
		assertThat(topic.evidence()).contains("\"long context\" in title", "\"kv cache\" in abstract ×2");
	}

	@Test
	void needsATitleMatchOrTwoOccurrencesToAssign() {
		assertThat(assigner.assign("A study", "We mention the kv cache once.", List.of()).topics())
			.extracting(TopicScore::slug).doesNotContain("infinite-context");
		assertThat(assigner.assign("A study", "We mention the kv cache once.", List.of("long context")).topics())
			.extracting(TopicScore::slug).contains("infinite-context");
	}

	@Test
	void keepsTheMostSpecificTopicAndLetsItImplyItsAncestors() {
		List<String> slugs = assigner.assign("Length generalization for large language models",
				"Large language models fail beyond their context length.", List.of()).topics().stream()
			.map(TopicScore::slug).toList();

		assertThat(slugs).contains("infinite-context").doesNotContain("large-language-models");
	}

	@Test
	void turnsSourceKeywordsAndTextIntoNormalizedKeywords() {
		TopicAssigner.Assignment assignment = assigner.assign("Landmark Attention for Long Documents",
				"Landmark tokens let attention retrieve blocks. Landmark tokens scale to long documents.",
				List.of("Long-Context", "long contexts", "Landmark Tokens"));

		assertThat(assignment.keywords()).extracting(PaperKeyword::key)
			.contains("long context", "landmark token")
			.doesNotHaveDuplicates();
		assertThat(assignment.keywords()).filteredOn(k -> k.key().equals("long context")).singleElement()
			.extracting(PaperKeyword::origin).isEqualTo("source");
	}

}
