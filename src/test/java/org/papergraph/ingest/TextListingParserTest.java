package org.papergraph.ingest;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;
import org.papergraph.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextListingParserTest {

	private static final Set<String> HEADER_LINES = Set.of("new", "Get trending papers in your email inbox!",
			"Get trending papers in your email inbox once a day!", "Subscribe", "byAK and the research community",
			"Mar 11");

	private static final String ABSTRACT = "We study how transformers attend over inputs far longer than any sequence "
			+ "seen in training, and report what breaks first.";

	@Test
	void readsTwentyEightPapersFromTheSeed() {
		Listing listing = TextListingParser.parse(Fixtures.text(Fixtures.SEED));

		assertThat(listing.kind()).isEqualTo(SourceKind.TEXT);
		assertThat(listing.papers()).hasSize(28);
		assertThat(listing.warnings()).isEmpty();
		assertThat(listing.papers()).allSatisfy(paper -> {
			assertThat(paper.arxivId()).isNull();
			assertThat(paper.abstractText()).isNotBlank();
			assertThat(paper.authors()).isEmpty();
		});
	}

	@Test
	void keepsTheSeedsFirstAndLastTitles() {
		List<PaperRecord> papers = TextListingParser.parse(Fixtures.text(Fixtures.SEED)).papers();

		assertThat(papers.get(0).title())
			.isEqualTo("Analysis on Riemann Hypothesis with Cross Entropy Optimization and Reasoning");
		assertThat(papers.get(papers.size() - 1).title())
			.isEqualTo("LifeGPT: Topology-Agnostic Generative Pretrained Transformer Model for Cellular Automata");
	}

	@Test
	void takesNoHeaderLineForATitle() {
		List<PaperRecord> papers = TextListingParser.parse(Fixtures.text(Fixtures.SEED)).papers();

		assertThat(papers).extracting(PaperRecord::title)
			.doesNotContainAnyElementsOf(HEADER_LINES)
			.noneMatch(title -> title.startsWith("Get trending"))
			.noneMatch(title -> title.contains("\n"));
	}

	@Test
	void findsExactlyTheSixRepositoriesOfTheSeed() {
		List<PaperRecord> papers = TextListingParser.parse(Fixtures.text(Fixtures.SEED)).papers();

		assertThat(papers.stream().flatMap(paper -> paper.repositories().stream()).map(RepositoryRef::key))
			.containsExactlyInAnyOrder("github.com/wbbeyourself/scm4llms", "github.com/christianyang37/chiwun",
					"github.com/edwardjhu/tp4", "github.com/zoeyyao27/sirllm", "github.com/aca-lab-sjtu/token-ring",
					"github.com/hoar012/rap-mllm");
	}

	@Test
	void keepsThePathInsideTheChiwunRepository() {
		PaperRecord paper = paperTitled(TextListingParser.parse(Fixtures.text(Fixtures.SEED)),
				"Toward Infinite-Long Prefix in Transformer");

		assertThat(paper.repositories()).singleElement().satisfies(repository -> {
			assertThat(repository.key()).isEqualTo("github.com/christianyang37/chiwun");
			assertThat(repository.path()).isEqualTo("src/NTK-Attention");
			assertThat(repository.official()).isFalse();
		});
	}

	@Test
	void readsStoryToMotionsHomepageAsAProjectPageNotARepository() {
		PaperRecord paper = paperTitled(TextListingParser.parse(Fixtures.text(Fixtures.SEED)),
				"Story-to-Motion: Synthesizing Infinite and Controllable Character Animation from Long Text");

		assertThat(paper.projectPage()).isEqualTo("https://story2motion.github.io/");
		assertThat(paper.repositories()).isEmpty();
	}

	@Test
	void readsThreePapersFromTheSmallListingWithAllItsHeaderLines() {
		Listing listing = TextListingParser.parse(Fixtures.text("fixtures/text/listing-small.txt"));

		assertThat(listing.papers()).extracting(PaperRecord::title)
			.containsExactly("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models",
					"Unleashing Infinite-Length Input Capacity for Large-scale Language Models "
							+ "with Self-Controlled Memory System",
					"Story-to-Motion: Synthesizing Infinite and Controllable Character Animation from Long Text");
		assertThat(listing.papers().get(0).repositories()).isEmpty();
		assertThat(listing.papers().get(1).repositories()).extracting(RepositoryRef::key)
			.containsExactly("github.com/wbbeyourself/scm4llms");
		assertThat(listing.papers().get(2).repositories()).isEmpty();
		assertThat(listing.papers().get(2).projectPage()).isEqualTo("https://story2motion.github.io/");
		assertThat(listing.warnings()).isEmpty();
	}

	@Test
	void foldsAbstractLinesIntoOneParagraph() {
		Listing listing = TextListingParser.parse("A Title\n\nFirst line of an abstract that goes on for a while,\r\n"
				+ "second line   of the same abstract, long enough to count.\n");

		assertThat(listing.papers()).singleElement()
			.extracting(PaperRecord::abstractText)
			.isEqualTo("First line of an abstract that goes on for a while, second line of the same abstract, "
					+ "long enough to count.");
	}

	@Test
	void refusesAnEmptyText() {
		assertThatThrownBy(() -> TextListingParser.parse("")).isInstanceOf(IngestException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> TextListingParser.parse(" \n\n \t")).isInstanceOf(IngestException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> TextListingParser.parse(null)).isInstanceOf(IngestException.class);
	}

	@Test
	void refusesAHeaderWithoutPapersAndSaysWhatWasExpected() {
		String headerOnly = String.join("\n\n", "new", "Get trending papers in your email inbox!", "Subscribe",
				"byAK and the research community", "Mar 11");

		assertThatThrownBy(() -> TextListingParser.parse(headerOnly)).isInstanceOf(IngestException.class)
			.hasMessageContaining("No papers found")
			.hasMessageContaining("title followed by")
			.hasMessageContaining("abstract");
	}

	@Test
	void warnsAboutATitleWithoutAbstractAndKeepsTheOtherPapers() {
		String text = "Subscribe\n\nA Paper With an Abstract\n\n" + ABSTRACT + "\n\nA Lonely Title Without Abstract\n";

		Listing listing = TextListingParser.parse(text);

		assertThat(listing.papers()).extracting(PaperRecord::title).containsExactly("A Paper With an Abstract");
		assertThat(listing.warnings()).singleElement()
			.asString()
			.contains("A Lonely Title Without Abstract")
			.contains("no abstract");
	}

	@Test
	void skipsATitleFollowedByAnotherTitle() {
		String text = "First Title Without Abstract\n\nSecond Title\n\n" + ABSTRACT;

		Listing listing = TextListingParser.parse(text);

		assertThat(listing.papers()).extracting(PaperRecord::title).containsExactly("Second Title");
		assertThat(listing.warnings()).singleElement().asString().contains("First Title Without Abstract");
	}

	private static PaperRecord paperTitled(Listing listing, String title) {
		return listing.papers()
			.stream()
			.filter(paper -> paper.title().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No paper titled " + title));
	}

}
