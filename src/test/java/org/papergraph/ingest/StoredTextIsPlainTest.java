package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.papergraph.graph.PaperRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever hostile text a source carries (markup before or after a {@code >}, markup written as entities, entities of
 * entities, numeric references, comments, CDATA, processing instructions, {@code <} in odd places), every text field
 * a parser hands on to be stored is plain: no {@code <} followed by a letter, {@code /}, {@code !} or {@code ?}; and
 * that holds for every source format. The strings are generated from a fixed seed ({@code -Dpapergraph.seed=N}
 * replays another run).
 */
class StoredTextIsPlainTest {

	private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");

	private static final List<String> PIECES = List.of("<", ">", "<script>", "</script>", "alert(1)", "<img src=x onerror=alert(2)>",
			"<b>", "</b>", "&lt;", "&gt;", "&amp;lt;", "&amp;gt;", "&amp;amp;lt;", "&#60;", "&#x3c;", "&#X3C;", "&#62;",
			"&lt;script&gt;", "&amp;lt;img src=x&amp;gt;", "<!--", "-->", "<![CDATA[", "]]>", "<?xml", "?>", "<!DOCTYPE",
			"/", "!", "?", " ", "a", "Z", "1", "\"", "'", "=", "&", "&quot;", "&nbsp;", "\u003c", "\uff1c", "\n", "<svg/onload=1>",
			"javascript:", "<a href='x'>", "</a>", "<<", ">>", "<a", "</", "<!", "<?", "&lt", "&#60", "&lt;/b", "Bypass ");

	private static final long SEED = Long.getLong("papergraph.seed", 20261206L);

	@Test
	void theSanitizerLeavesNoMarkupInAnyGeneratedString() {
		Random random = new Random(SEED);
		for (int i = 0; i < 20_000; i++) {
			String hostile = hostile(random);
			String text = TextSanitizer.text(hostile, TextSanitizer.MAX_ABSTRACT);
			assertThat(text == null ? "" : text).as("%s (seed %d)", hostile, SEED).doesNotContainPattern(MARKUP);
		}
	}

	@Test
	void theReportedBypassesAreStoredAsPlainText() {
		String abstractText = "An abstract about long context, which is long enough to be read as the abstract of a paper.";
		Listing one = TextListingParser.parse("Daily Papers\n\n> <script>alert(1)</script> Bypass one long context\n\n"
				+ abstractText + "\n");
		Listing two = TextListingParser.parse("Daily Papers\n\n&lt;img src=x onerror=alert(2)&gt;<b>Bypass two</b> long"
				+ "\n\n" + abstractText + "\n");

		assertThat(one.papers()).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("> Bypass one long context"));
		assertThat(two.papers()).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("Bypass two long"));
	}

	@Test
	void everySourceFormatStoresPlainTextInEveryField() {
		Random random = new Random(SEED + 1);
		for (int i = 0; i < 300; i++) {
			String title = "Title " + hostile(random);
			String summary = "A summary long enough to be read as an abstract by every parser of listings: "
					+ hostile(random);
			String author = "Author " + hostile(random);
			String keyword = "Keyword " + hostile(random);
			String organization = "Org " + hostile(random);
			String aiSummary = "AI " + hostile(random);
			List<PaperRecord> papers = new ArrayList<>();
			try {
				papers.addAll(TextListingParser.parse("Daily Papers\n\n" + title.replace("\n", " ") + "\n\n"
						+ summary.replace("\n", " ") + "\n").papers());
			}
			catch (IngestException refused) {
				// A block the text format does not take for a title is not stored at all.
			}
			papers.addAll(ArxivFeedParser.parse("""
					<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id>
					<title>%s</title><summary>%s</summary><author><name>%s</name></author></entry></feed>"""
				.formatted(xml(title), xml(summary), xml(author))).papers());
			String props = "{\"dailyPapers\":[{\"paper\":{\"id\":\"2401.00002\",\"title\":%s,\"summary\":%s,\"authors\":[{\"name\":%s,\"user\":{\"user\":%s}}],\"ai_keywords\":[%s],\"ai_summary\":%s,\"organization\":{\"fullname\":%s}}}]}"
				.formatted(json(title), json(summary), json(author), json(author), json(keyword), json(aiSummary),
						json(organization));
			papers.addAll(HuggingFaceParser.parse("<div class=\"SVELTE_HYDRATER contents\" data-target=\"DailyPapers\" "
					+ "data-props=\"" + props.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"></div>",
					null).papers());
			assertThat(papers).as("a paper from each format but perhaps text, whose titles are judged (%s)", title)
				.hasSizeBetween(2, 3);
			for (PaperRecord paper : papers) {
				Stream<String> fields = Stream.of(Stream.of(paper.title(), paper.abstractText(), paper.aiSummary(),
						paper.organization()), paper.keywords().stream(),
						paper.authors().stream().flatMap(a -> Stream.of(a.name(), a.username())))
					.flatMap(s -> s);
				fields.filter(f -> f != null).forEach(field -> assertThat(field).as("a field of %s (seed %d)", paper, SEED)
					.doesNotContainPattern(MARKUP));
			}
		}
	}

	private static String hostile(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = 1 + random.nextInt(12);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		return text.toString();
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}


}
