package org.papergraph.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.papergraph.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListingParserTest {

	@Test
	void readsAnAtomFeedAsArxiv() {
		Listing listing = ListingParser.parse(Fixtures.text("fixtures/arxiv/feed.xml"), null);

		assertThat(listing.kind()).isEqualTo(SourceKind.ARXIV_ATOM);
		assertThat(listing.papers()).hasSize(3);
	}

	@Test
	void readsAFeedWithoutXmlDeclarationAsArxiv() {
		Listing listing = ListingParser.parse(
				"  <feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2308.16137v4</id>"
						+ "<title>LM-Infinite</title></entry></feed>",
				null);

		assertThat(listing.kind()).isEqualTo(SourceKind.ARXIV_ATOM);
		assertThat(listing.papers()).singleElement().extracting(paper -> paper.arxivId()).isEqualTo("2308.16137");
	}

	@Test
	void readsHtmlAsAHuggingFacePage() {
		Listing listing = ListingParser.parse(Fixtures.text("fixtures/hf/daily-listing.html"),
				"https://huggingface.co/papers/date/2024-03-11");

		assertThat(listing.kind()).isEqualTo(SourceKind.HF_LISTING);
		assertThat(listing.papers()).hasSize(5);
	}

	@Test
	void readsSavedMarkupAsAHuggingFacePage() {
		Listing listing = ListingParser.parse(Fixtures.text("fixtures/hf/markup-only.html"), null);

		assertThat(listing.kind()).isEqualTo(SourceKind.HF_MARKUP);
		assertThat(listing.papers()).hasSize(3);
	}

	@Test
	void readsAnythingElseAsATextListing() {
		Listing listing = ListingParser.parse(Fixtures.text(Fixtures.SEED), null);

		assertThat(listing.kind()).isEqualTo(SourceKind.TEXT);
		assertThat(listing.papers()).hasSize(28);
	}

	@Test
	void toleratesAByteOrderMark() {
		Listing text = ListingParser.parse("\uFEFF" + Fixtures.text("fixtures/text/listing-small.txt"), null);
		Listing feed = ListingParser.parse("\uFEFF" + Fixtures.text("fixtures/arxiv/feed.xml"), null);
		Listing page = ListingParser.parse("\uFEFF" + Fixtures.text("fixtures/hf/daily-listing.html"), null);

		assertThat(text.kind()).isEqualTo(SourceKind.TEXT);
		assertThat(text.papers()).hasSize(3);
		assertThat(text.papers().get(0).title()).startsWith("LM-Infinite");
		assertThat(feed.kind()).isEqualTo(SourceKind.ARXIV_ATOM);
		assertThat(feed.papers()).hasSize(3);
		assertThat(page.papers()).hasSize(5);
	}

	@Test
	void refusesBinaryInputWithAClearMessage() {
		byte[] bytes = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0,
				0x01, 0x00 };
		String binary = new String(bytes, StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> ListingParser.parse(binary, null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("binary");
	}

	@Test
	void refusesBinaryInputEvenWhenItStartsLikeMarkup() {
		String binary = "<html>" + "\u0000".repeat(4) + "<body>";

		assertThatThrownBy(() -> ListingParser.parse(binary, null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("binary");
		assertThatThrownBy(() -> ListingParser.parseHtml(binary, null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("binary");
	}

	@Test
	void refusesTextFullOfControlCharacters() {
		String garbled = "\u0001\u0002\u0003\u0004\u0005 abc".repeat(50);

		assertThatThrownBy(() -> ListingParser.parse(garbled, null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("binary");
	}

	@Test
	void refusesEmptyInput() {
		assertThatThrownBy(() -> ListingParser.parse("", null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> ListingParser.parse(null, null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("empty");
	}

}
