package org.papergraph.topics;

import org.junit.jupiter.api.Test;
import org.papergraph.graph.Words;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

	@Test
	void foldsCaseHyphensAndPluralsIntoOneKey() {
		assertThat(Words.key("long-context")).isEqualTo("long context");
		assertThat(Words.key("Long Context")).isEqualTo("long context");
		assertThat(Words.key("long contexts")).isEqualTo("long context");
		assertThat(Words.key("Long_Contexts!")).isEqualTo("long context");
	}

	@Test
	void foldsBritishSpellingsAndAccents() {
		assertThat(Words.key("Optimisation of Modelling")).isEqualTo(Words.key("optimization of modeling"));
		assertThat(Words.key("Schrödinger")).isEqualTo("schrodinger");
	}

	@Test
	void foldsCommonPluralFormsWithoutBreakingWordsThatEndInS() {
		assertThat(Words.key("policies")).isEqualTo("policy");
		assertThat(Words.key("LLMs")).isEqualTo("llm");
		assertThat(Words.key("processes")).isEqualTo("process");
		assertThat(Words.key("analysis")).isEqualTo("analysis");
		assertThat(Words.key("process")).isEqualTo("process");
		assertThat(Words.key("bias")).isEqualTo("bias");
	}

}
