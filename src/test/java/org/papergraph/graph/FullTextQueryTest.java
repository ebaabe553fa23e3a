package org.papergraph.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FullTextQueryTest {

	@Test
	void quotesEveryTermAndBoostsThePhrase() {
		assertThat(FullTextQuery.of("memory for very long inputs")).contains("\"memory\" \"very\" \"long\" \"inputs\" \"memory for very long inputs\"^2");
	}

	@Test
	void turnsLuceneSyntaxIntoPlainWords() {
		assertThat(FullTextQuery.of("title:(")).contains("\"title\"");
		assertThat(FullTextQuery.of("AND OR NOT")).contains("\"and\" \"or\" \"not\" \"and or not\"^2");
		assertThat(FullTextQuery.of("(1+1):2")).contains("\"1\" \"2\" \"1 1 2\"^2");
		assertThat(FullTextQuery.of("/b testing")).contains("\"b\" \"testing\" \"b testing\"^2");
	}

	@Test
	void givesNothingForAStringWithoutLettersOrDigits() {
		assertThat(FullTextQuery.of("\"\\*~?^[]{}!&|/-+:()")).isEmpty();
		assertThat(FullTextQuery.of("   ")).isEmpty();
	}

	@Test
	void keepsLettersOfAnyScript() {
		assertThat(FullTextQuery.of("Mémoire 長い文脈")).contains("\"mémoire\" \"長い文脈\" \"mémoire 長い文脈\"^2");
	}

}
