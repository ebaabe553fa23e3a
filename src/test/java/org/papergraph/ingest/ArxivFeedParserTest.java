package org.papergraph.ingest;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.PaperIdentity;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;
import org.papergraph.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivFeedParserTest {

	private static Listing feed() {
		return ArxivFeedParser.parse(Fixtures.text("fixtures/arxiv/feed.xml"));
	}

	@Test
	void readsThreeEntriesWithIdsWithoutVersion() {
		Listing listing = feed();

		assertThat(listing.kind()).isEqualTo(SourceKind.ARXIV_ATOM);
		assertThat(listing.papers()).extracting(PaperRecord::arxivId)
			.containsExactly("2308.16137", "2305.16300", "2001.00124");
		assertThat(listing.warnings()).isEmpty();
	}

	@Test
	void foldsWrappedTitlesAndAbstractsIntoSingleLines() {
		Listing listing = feed();

		assertThat(listing.papers()).extracting(PaperRecord::title)
			.containsExactly("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models",
					"Landmark Attention: Random-Access Infinite Context Length for Transformers",
					"Causality and Renormalization in Finite-Time-Path Out-of-Equilibrium $φ^3$ QFT");
		assertThat(listing.papers()).allSatisfy(paper -> {
			assertThat(paper.abstractText()).doesNotContain("\n").doesNotContain("  ");
			assertThat(paper.abstractText()).isEqualTo(paper.abstractText().strip());
		});
	}

	@Test
	void readsThePublishedDateAndTheSevenAuthorsInOrder() {
		PaperRecord paper = feed().papers().get(0);

		assertThat(paper.publishedAt()).isEqualTo(LocalDate.of(2023, 8, 30));
		assertThat(paper.authors()).extracting(AuthorRef::name)
			.containsExactly("Chi Han", "Qifan Wang", "Hao Peng", "Wenhan Xiong", "Yu Chen", "Heng Ji", "Sinong Wang");
		assertThat(paper.authors()).extracting(AuthorRef::username).containsOnlyNulls();
	}

	@Test
	void findsTheRepositoryInTheComment() {
		PaperRecord paper = feed().papers().get(0);

		assertThat(paper.repositories()).extracting(RepositoryRef::key)
			.containsExactly("github.com/glaciohound/lm-infinite");
	}

	@Test
	void findsTheRepositoryInTheSummaryWithoutTrailingSlashAndDot() {
		PaperRecord paper = feed().papers().get(1);

		assertThat(paper.authors()).extracting(AuthorRef::name)
			.containsExactly("Amirkeivan Mohtashami", "Martin Jaggi");
		assertThat(paper.repositories()).singleElement().satisfies(repository -> {
			assertThat(repository.key()).isEqualTo("github.com/epfml/landmark-attention");
			assertThat(repository.path()).isNull();
		});
	}

	@Test
	void keepsTheLatexTitleAndMatchesTheSeedByNormalizedTitle() {
		PaperRecord paper = feed().papers().get(2);
		PaperRecord fromSeed = TextListingParser.parse(Fixtures.text(Fixtures.SEED))
			.papers()
			.stream()
			.filter(candidate -> candidate.title().startsWith("Causality and Renormalization"))
			.findFirst()
			.orElseThrow();

		assertThat(paper.title()).contains("$φ^3$");
		assertThat(paper.titleKey()).isEqualTo(fromSeed.titleKey());
		assertThat(PaperIdentity.titleId(paper.title())).isEqualTo(fromSeed.id());
		assertThat(paper.abstractText()).contains("$g \\phi^3$");
		assertThat(paper.authors()).extracting(AuthorRef::name).containsExactly("Ivan Dadić", "Dubravko Klabučar");
		assertThat(paper.repositories()).isEmpty();
	}

	@Test
	void refusesAFeedThatReportsAnApiError() {
		String error = """
				<?xml version="1.0" encoding="UTF-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom">
				  <title>arXiv Query: id_list=2308.1613x</title>
				  <entry>
				    <id>http://arxiv.org/api/errors#incorrect_id_format_for_2308.1613x</id>
				    <title>Error</title>
				    <summary>incorrect id format for 2308.1613x</summary>
				  </entry>
				</feed>
				""";

		assertThatThrownBy(() -> ArxivFeedParser.parse(error)).isInstanceOf(IngestException.class)
			.hasMessageContaining("arXiv API reported an error")
			.hasMessageContaining("incorrect id format for 2308.1613x");
	}

	@Test
	void refusesXmlThatIsNotAnAtomFeed() {
		String rss = """
				<?xml version="1.0"?>
				<rss version="2.0"><channel><item><title>Not Atom</title></item></channel></rss>
				""";

		assertThatThrownBy(() -> ArxivFeedParser.parse(rss)).isInstanceOf(IngestException.class)
			.hasMessageContaining("Not an Atom feed");
	}

	@Test
	void warnsAboutAFeedWithoutEntries() {
		Listing listing = ArxivFeedParser
			.parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>arXiv Query</title></feed>");

		assertThat(listing.papers()).isEmpty();
		assertThat(listing.warnings()).singleElement().asString().contains("no entries");
	}

	@Test
	void refusesAnEmptyFeed() {
		assertThatThrownBy(() -> ArxivFeedParser.parse("")).isInstanceOf(IngestException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void refusesAFeedCutOffBeforeItsEnd() {
		String feed = Fixtures.text("fixtures/arxiv/feed.xml");

		assertThatThrownBy(() -> ArxivFeedParser.parse(feed.substring(0, feed.length() / 2)))
			.isInstanceOf(IngestException.class)
			.hasMessageContaining("cut off");
		assertThat(ArxivFeedParser.parse(feed + "\n<!-- saved 2024-03-11 -->\n").papers()).isNotEmpty();
	}

}
