package org.papergraph.topics;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxonomyTest {

	@Test
	void bundlesAHierarchyOfAtLeastFortyTopicsWithTheContractSlugs() {
		Taxonomy taxonomy = Taxonomy.load(new ClassPathResource("taxonomy/topics.yaml"));

		assertThat(taxonomy.topics()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(taxonomy.topic("infinite-context")).isPresent();
		assertThat(taxonomy.topic("reinforcement-learning")).isPresent();
		assertThat(taxonomy.topic("diffusion-models")).isPresent();
		assertThat(taxonomy.ancestors("infinite-context")).containsExactly("large-language-models",
				"natural-language-processing");
		assertThat(taxonomy.topics()).allSatisfy(topic -> {
			assertThat(topic.description()).endsWith(".");
			assertThat(topic.phrases()).isNotEmpty();
			assertThat(topic.level()).isBetween(0, 2);
		});
	}

	@Test
	void refusesAPhraseThatIsOnlyTheWordInfinite() {
		assertThatThrownBy(() -> Taxonomy.parse("""
				- slug: a
				  name: A
				  description: A topic.
				  phrases: [infinite]
				""")).hasMessageContaining("says nothing on its own");
	}

	@Test
	void refusesDuplicateSlugsAndPhrasesSharedByTwoTopics() {
		assertThatThrownBy(() -> Taxonomy.parse("""
				- slug: a
				  name: A
				  description: A topic.
				  phrases: [long context]
				- slug: a
				  name: B
				  description: B topic.
				  phrases: [kv cache]
				""")).hasMessageContaining("appears twice");
		assertThatThrownBy(() -> Taxonomy.parse("""
				- slug: a
				  name: A
				  description: A topic.
				  phrases: [long context]
				- slug: b
				  name: B
				  description: B topic.
				  phrases: [Long-Contexts]
				""")).hasMessageContaining("belongs to both a and b");
	}

	@Test
	void changesItsHashWhenTheFileChanges() {
		String yaml = """
				- slug: a
				  name: A
				  description: A topic.
				  phrases: [long context]
				""";
		assertThat(Taxonomy.parse(yaml).hash()).isNotEqualTo(Taxonomy.parse(yaml.replace("A topic.", "The A topic.")).hash());
	}

}
