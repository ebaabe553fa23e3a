package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.PaperIdentity;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;

/**
 * Parses arXiv API Atom feeds: one paper per {@code entry}, ids without version, code links from abstracts,
 * {@code arxiv:comment} and related links ({@code <link rel="related" href="...">}).
 */
public final class ArxivFeedParser {

	/** The closing tag a whole feed ends with (Jsoup's lenient parser accepts a feed cut off anywhere). */
	private static final Pattern FEED_END = Pattern.compile("</(?:[\\w.-]+:)?feed>\\s*(?:<!--.*?-->\\s*)*\\z", Pattern.DOTALL);

	private ArxivFeedParser() {
	}

	/** Parses a feed; a feed that reports an API error, or is not Atom, is an error. */
	public static Listing parse(String xml) {
		if (xml == null || xml.isBlank()) {
			throw new IngestException("The feed is empty");
		}
		Document document = Jsoup.parse(xml, "", Parser.xmlParser());
		if (document.selectFirst("feed") == null) {
			throw new IngestException("Not an Atom feed: no <feed> element");
		}
		if (!FEED_END.matcher(xml).find()) {
			throw new IngestException("The feed is cut off: it does not end with </feed>; nothing was ingested");
		}
		List<PaperRecord> papers = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (Element entry : document.select("feed > entry")) {
			String id = childText(entry, "id");
			if (id != null && id.contains("/api/errors")) {
				throw new IngestException("The arXiv API reported an error: " + TextSanitizer.text(childText(entry, "summary"), 300));
			}
			entry(entry, warnings).ifPresent(papers::add);
		}
		if (papers.isEmpty()) {
			warnings.add("The feed holds no entries");
		}
		return new Listing(SourceKind.ARXIV_ATOM, papers, warnings);
	}

	private static Optional<PaperRecord> entry(Element entry, List<String> warnings) {
		String title = TextSanitizer.text(childText(entry, "title"), TextSanitizer.MAX_TITLE);
		if (title == null) {
			warnings.add("Skipped a feed entry without a title");
			return Optional.empty();
		}
		String summary = childText(entry, "summary");
		String comment = childText(entry, "arxiv|comment");
		List<AuthorRef> authors = new ArrayList<>();
		for (Element name : entry.select("author > name")) {
			String value = TextSanitizer.text(name.text(), TextSanitizer.MAX_SHORT);
			if (value != null && authors.size() < TextSanitizer.MAX_AUTHORS) {
				authors.add(new AuthorRef(value, null));
			}
		}
		String related = String.join(" ", entry.select("> link[rel=related]").eachAttr("href"));
		List<RepositoryRef> repositories = LinkExtractor.merge(LinkExtractor.merge(LinkExtractor.repositories(summary),
				LinkExtractor.repositories(comment)), LinkExtractor.repositories(related));
		String projectPage = LinkExtractor.projectPage(comment).or(() -> LinkExtractor.projectPage(summary)).orElse(null);
		return Optional.of(new PaperRecord(PaperIdentity.arxivId(childText(entry, "id")).orElse(null), title,
				TextSanitizer.text(summary, TextSanitizer.MAX_ABSTRACT),
				HuggingFaceParser.date(childText(entry, "published")), authors, null, null, null, List.of(),
				repositories.stream().limit(TextSanitizer.MAX_REPOSITORIES).toList(), projectPage, null));
	}

	private static String childText(Element entry, String selector) {
		Element child = entry.selectFirst("> " + selector);
		return child == null ? null : child.wholeText();
	}

}
