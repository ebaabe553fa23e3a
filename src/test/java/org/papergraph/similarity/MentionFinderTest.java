package org.papergraph.similarity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTest {

	@Test
	void takesTheNameBeforeTheColonOfATitleWhenItLooksLikeAName() {
		assertThat(MentionFinder.names("LM-Infinite: Simple On-the-Fly Length Generalization", null))
			.containsExactly("LM-Infinite");
		assertThat(MentionFinder.names("TokenRing: An Efficient Parallelism Framework", null)).containsExactly("TokenRing");
		assertThat(MentionFinder.names("Story-to-Motion: Synthesizing Infinite Animation", null))
			.containsExactly("Story-to-Motion");
		assertThat(MentionFinder.names("Video-Infinity: Distributed Long Video Generation", null))
			.containsExactly("Video-Infinity");
	}

	@Test
	void neverTakesPlainWordsLongPhrasesOrGenericAcronymsAsNames() {
		assertThat(MentionFinder.names("Unbounded: A Generative Infinite Game", null)).isEmpty();
		assertThat(MentionFinder.names("Landmark Attention: Random-Access Infinite Context Length", null)).isEmpty();
		assertThat(MentionFinder.names("More is Better in Modern Machine Learning: when Infinite", null)).isEmpty();
		assertThat(MentionFinder.names("Remember, Retrieve and Generate: Understanding", null)).isEmpty();
		assertThat(MentionFinder.names("LLMs: A Survey", null)).isEmpty();
		assertThat(MentionFinder.names("Long-context: A Survey", null)).isEmpty();
		assertThat(MentionFinder.names("SCM: Self-Controlled Memory", null)).isEmpty();
	}

	@Test
	void takesDistinctiveNamesThatAnAbstractIntroduces() {
		String abstractText = "In this work, we introduce EM-LLM, a novel approach. We propose the Self-Controlled Memory "
				+ "(SCM) system and we present a simple method. Our framework, called Streaming, introduces DistAttention.";

		assertThat(MentionFinder.names("Human-like Episodic Memory for Infinite Context LLMs", abstractText))
			.containsExactly("EM-LLM", "DistAttention");
	}

	@Test
	void findsExactNamesOnWordBoundariesButNeverThePaperItself() {
		Map<String, String> names = MentionFinder.index(Map.of("lm", List.of("LM-Infinite"), "ring", List.of("TokenRing"),
				"sir", List.of("SirLLM")));

		Map<String, String> found = MentionFinder.mentions("sir",
				"We compare with LM-Infinite and a TokenRing-based baseline; SirLLM beats lm-infinite, TokenRings and "
						+ "XLM-Infinite.", names);

		assertThat(found).containsExactly(Map.entry("lm", "LM-Infinite"), Map.entry("ring", "TokenRing"));
	}

	@Test
	void dropsNamesThatTwoPapersShare() {
		Map<String, String> names = MentionFinder.index(Map.of("a", List.of("RoboGen"), "b", List.of("RoboGen", "SirLLM")));

		assertThat(names).containsOnlyKeys("SirLLM");
	}

	@Test
	void matchesMultiWordNamesOnlyWithSingleSpaces() {
		Map<String, String> names = MentionFinder.index(Map.of("x", List.of("Open Sora-2")));

		assertThat(MentionFinder.mentions("y", "Unlike Open Sora-2, ours is fast.", names)).containsKey("x");
		assertThat(MentionFinder.mentions("y", "Unlike Open\nSora-2, ours is fast.", names)).isEmpty();
	}

}
