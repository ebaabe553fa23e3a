package org.papergraph.similarity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class RelatedBlendTest {

	private static final String CANDIDATE = "2308.16137";

	@Test
	void explainsEachSignalWithItsContributionTheWeightiestFirst() {
		RelatedBlend.Score related = RelatedBlend.score(new RelatedBlend.Signals(CANDIDATE, 0.83,
				List.of(new RelatedBlend.SharedTopic("infinite-context", 0.8)), List.of("kv cache"), List.of("Chi Han"),
				List.of("github.com/x/y"), List.of("LM-Infinite"), List.of()));

		assertThat(related.reasons()).extracting(RelationReason::kind)
			.containsExactly(ReasonKind.TEXT_SIMILARITY, ReasonKind.SHARED_TOPIC, ReasonKind.SHARED_KEYWORD,
					ReasonKind.SHARED_AUTHOR, ReasonKind.SHARED_REPOSITORY, ReasonKind.MENTIONS);
		assertThat(related.reasons()).extracting(RelationReason::detail)
			.containsExactly("cosine similarity 0.83", "both about infinite-context", "both have the keyword \"kv cache\"",
					"both by Chi Han", "both cite github.com/x/y", "LM-Infinite is mentioned in this paper's abstract");
		assertThat(related.reasons().get(0).weight()).isEqualTo(0.332);
		assertThat(related.reasons().get(1).weight()).isEqualTo(0.2);
		assertThat(related.score()).isEqualTo(0.332 + 0.2 + 0.05 + 0.05 + 0.05 + 0.05, offset(1e-9));
	}

	@Test
	void capsEachKindSoTheScoreStaysWithinOne() {
		RelatedBlend.Score related = RelatedBlend.score(new RelatedBlend.Signals(CANDIDATE, 1.0,
				List.of(new RelatedBlend.SharedTopic("a", 1.0), new RelatedBlend.SharedTopic("b", 1.0)),
				List.of("k1", "k2", "k3", "k4", "k5"), List.of("A", "B", "C"), List.of("r1", "r2"), List.of("X"),
				List.of("Y")));

		assertThat(related.score()).isEqualTo(1.0);
		assertThat(related.reasons()).filteredOn(r -> r.kind() == ReasonKind.SHARED_KEYWORD).hasSize(3);
		assertThat(related.reasons()).filteredOn(r -> r.kind() == ReasonKind.SHARED_AUTHOR).hasSize(2);
		assertThat(related.reasons()).filteredOn(r -> r.kind() == ReasonKind.SHARED_TOPIC)
			.extracting(RelationReason::weight)
			.containsExactly(0.125, 0.125);
	}

	@Test
	void ignoresWeakTextSimilarityAndSaysWhoMentionsWhom() {
		RelatedBlend.Score related = RelatedBlend.score(new RelatedBlend.Signals(CANDIDATE, 0.2, List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of("SirLLM")));

		assertThat(related.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.kind()).isEqualTo(ReasonKind.MENTIONS);
			assertThat(reason.detail()).isEqualTo("SirLLM is mentioned in its abstract");
		});
		assertThat(related.score()).isEqualTo(0.05);
	}

}
