package org.papergraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PaperIdentityTest {

	@Test
	void foldsCasePunctuationAndWhitespace() {
		assertThat(PaperIdentity.titleKey("LM-Infinite:  Simple On-the-Fly\tLength Generalization"))
			.isEqualTo("lm infinite simple on the fly length generalization");
		assertThat(PaperIdentity.titleKey(" lm infinite — SIMPLE on the fly, length generalization! "))
			.isEqualTo("lm infinite simple on the fly length generalization");
	}

	@Test
	void foldsAccents() {
		assertThat(PaperIdentity.titleKey("Schrödinger Bridges Beat Café Diffusion"))
			.isEqualTo(PaperIdentity.titleKey("Schrodinger bridges beat cafe diffusion"))
			.isEqualTo("schrodinger bridges beat cafe diffusion");
	}

	@Test
	void foldsLatexAccentsLikeUnicodeAccents() {
		assertThat(PaperIdentity.titleKey("Schr\\\"odinger Bridges in Klabu\\v{c}ar's Model"))
			.isEqualTo(PaperIdentity.titleKey("Schrödinger Bridges in Klabučar's Model"));
	}

	@Test
	void matchesAnInlineMathGreekLetterWithItsPlainForm() {
		String seed = "Causality and Renormalization in Finite-Time-Path Out-of-Equilibrium $φ^3$ QFT";

		String plain = "Causality and Renormalization in Finite-Time-Path Out-of-Equilibrium φ3 QFT";

		assertThat(PaperIdentity.titleKey(seed)).isEqualTo(PaperIdentity.titleKey(plain))
			.isEqualTo("causality and renormalization in finite time path out of equilibrium φ3 qft");
	}

	@Test
	void readsLatexGreekCommandsAsTheLetters() {
		String seed = "Causality and Renormalization in Finite-Time-Path Out-of-Equilibrium $φ^3$ QFT";

		String arxiv = "Causality and Renormalization in Finite-Time-Path Out-of-Equilibrium $\\phi^3$ QFT";

		assertThat(PaperIdentity.titleKey(arxiv)).isEqualTo(PaperIdentity.titleKey(seed));
		assertThat(PaperIdentity.titleKey("$\\varphi^{3}$ theory")).isEqualTo(PaperIdentity.titleKey("φ3 theory"));
		assertThat(PaperIdentity.titleKey("$\\Lambda$-shaped masks"))
			.isEqualTo(PaperIdentity.titleKey("λ-shaped masks"));
	}

	@Test
	void dropsSymbolsWrittenAsLatexOrUnicodeAlike() {
		assertThat(PaperIdentity.titleKey("$\\infty$-former: Infinite Memory Transformer"))
			.isEqualTo(PaperIdentity.titleKey("∞-former: Infinite Memory Transformer"))
			.isEqualTo("former infinite memory transformer");
	}

	@Test
	void dropsLatexFormattingCommands() {
		assertThat(PaperIdentity.titleKey("\\textbf{Attention} Is All You \\emph{Need}"))
			.isEqualTo("attention is all you need");
	}

	@Test
	void derivesAStablePrefixedIdFromTheTitleKey() {
		String id = PaperIdentity.titleId("Learning H-Infinity Locomotion Control");

		assertThat(id).startsWith(PaperIdentity.TITLE_ID_PREFIX).startsWith("t-").matches("t-[0-9a-f]{16}");
		assertThat(PaperIdentity.titleId("Learning H-Infinity Locomotion Control")).isEqualTo(id);
		assertThat(PaperIdentity.titleId("learning h infinity   locomotion control.")).isEqualTo(id);
		assertThat(PaperIdentity.titleId("Learning H-Infinity Locomotion Control II")).isNotEqualTo(id);
	}

	@Test
	void usesTheTitleIdOnlyWhenNoArxivIdIsKnown() {
		PaperRecord withoutId = new PaperRecord(null, "A Title", null, null, null, null, null, null, null, null, null,
				null);
		PaperRecord withId = new PaperRecord("2308.16137", "A Title", null, null, null, null, null, null, null, null,
				null, null);

		assertThat(withoutId.id()).isEqualTo(PaperIdentity.titleId("A Title"));
		assertThat(withId.id()).isEqualTo("2308.16137");
		assertThat(withId.titleKey()).isEqualTo(withoutId.titleKey());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2308.16137", "2308.16137v4", "http://arxiv.org/abs/2308.16137v4",
			"https://arxiv.org/pdf/2308.16137v2.pdf", "https://huggingface.co/papers/2308.16137", " 2308.16137v12 " })
	void extractsTheArxivIdWithoutVersion(String text) {
		assertThat(PaperIdentity.arxivId(text)).contains("2308.16137");
	}

	@Test
	void extractsOldStyleArxivIds() {
		assertThat(PaperIdentity.arxivId("hep-th/9901001v2")).contains("hep-th/9901001");
		assertThat(PaperIdentity.arxivId("http://arxiv.org/abs/hep-th/9901001v2")).contains("hep-th/9901001");
		assertThat(PaperIdentity.arxivId("math.GT/0309136")).contains("math.GT/0309136");
	}

	@Test
	void extractsFiveAndFourDigitSequenceNumbers() {
		assertThat(PaperIdentity.arxivId("1706.03762")).contains("1706.03762");
		assertThat(PaperIdentity.arxivId("0704.0001v1")).contains("0704.0001");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "junk", "no id here", "2308", "12345.678", "2308.161370", "hep-th/99", "v4",
			"https://huggingface.co/papers" })
	void findsNoArxivIdInJunk(String text) {
		assertThat(PaperIdentity.arxivId(text)).isEmpty();
	}

}
