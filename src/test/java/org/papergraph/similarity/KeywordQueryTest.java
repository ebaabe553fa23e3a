package org.papergraph.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordQueryTest {

	@Test
	void quotesEveryTermAndBoostsThePhrase() {
		assertThat(KeywordQuery.of("memory for very long inputs"))
			.isEqualTo("\"memory\" \"very\" \"long\" \"inputs\" \"memory for very long inputs\"^2");
	}

	@Test
	void turnsLuceneSyntaxIntoPlainWords() {
		assertThat(KeywordQuery.of("title:(")).isEqualTo("\"title\"");
		assertThat(KeywordQuery.of("AND OR NOT")).isEqualTo("\"and\" \"or\" \"not\" \"and or not\"^2");
		assertThat(KeywordQuery.of("(1+1):2")).isEqualTo("\"1\" \"2\" \"1 1 2\"^2");
		assertThat(KeywordQuery.of("/b testing")).isEqualTo("\"b\" \"testing\" \"b testing\"^2");
	}

	@Test
	void givesNothingForAStringWithoutLettersOrDigits() {
		assertThat(KeywordQuery.of("\"\\*~?^[]{}!&|/-+:()")).isEmpty();
		assertThat(KeywordQuery.of("   ")).isEmpty();
	}

	@Test
	void keepsLettersOfAnyScript() {
		assertThat(KeywordQuery.of("Mémoire 長い文脈")).isEqualTo("\"mémoire\" \"長い文脈\" \"mémoire 長い文脈\"^2");
	}

}
