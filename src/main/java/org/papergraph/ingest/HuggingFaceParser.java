package org.papergraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.PaperIdentity;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses Hugging Face Papers pages: the hydration JSON of listing pages ({@code DailyPapers}) and paper pages
 * ({@code PaperContent} and older targets), falling back to the markup when a page has no hydration data.
 */
public final class HuggingFaceParser {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Hydration targets whose data this parser must be able to read; invalid JSON there is an error. */
	private static final Set<String> PAPER_TARGETS = Set.of("DailyPapers", "PaperContent", "PaperPage", "PapersList",
			"PaperSearch", "PapersSearch", "TrendingPapers");

	private HuggingFaceParser() {
	}

	/** Parses a page; {@code sourceUrl} resolves relative links and may be {@code null}. */
	public static Listing parse(String html, String sourceUrl) {
		if (html == null || html.isBlank()) {
			throw new IngestException("The page is empty");
		}
		Document document = Jsoup.parse(html, sourceUrl == null ? "" : sourceUrl);
		List<String> warnings = new ArrayList<>();
		Map<String, PaperRecord> papers = new LinkedHashMap<>();
		SourceKind kind = null;
		List<Element> hydraters = document.select("[data-props]");
		boolean paperTargetPresent = hydraters.stream()
			.anyMatch(hydrater -> PAPER_TARGETS.contains(hydrater.attr("data-target")));
		for (Element hydrater : hydraters) {
			String target = hydrater.attr("data-target");
			if (paperTargetPresent && !PAPER_TARGETS.contains(target)) {
				continue;
			}
			JsonNode props;
			try {
				props = JSON.readTree(hydrater.attr("data-props"));
			}
			catch (JacksonException ex) {
				if (PAPER_TARGETS.contains(target)) {
					throw new IngestException("The page's " + target + " data is not valid JSON ("
							+ ex.getOriginalMessage() + "); nothing was ingested", ex);
				}
				continue;
			}
			if (props.path("dailyPapers").isArray()) {
				kind = SourceKind.HF_LISTING;
				for (JsonNode entry : props.path("dailyPapers").values()) {
					add(papers, listingEntry(entry, warnings));
				}
			}
			else if (props.path("paper").isObject()) {
				kind = kind == null ? SourceKind.HF_PAPER : kind;
				add(papers, paper(props.path("paper"), null, warnings));
			}
			else if (PAPER_TARGETS.contains(target)) {
				kind = SourceKind.HF_LISTING;
				for (JsonNode list : props.values()) {
					if (list.isArray()) {
						for (JsonNode entry : list.values()) {
							add(papers, entry.path("paper").isObject() ? listingEntry(entry, warnings)
									: paper(entry, null, warnings));
						}
					}
				}
			}
		}
		if (kind == null) {
			kind = SourceKind.HF_MARKUP;
			for (Element article : document.select("article, div.paper-card")) {
				add(papers, markupPaper(article, warnings));
			}
			if (papers.isEmpty() && document.select("h3 a[href*=/papers/]").isEmpty()) {
				// A paper target whose element the parser never closed: the page ends inside its data.
				for (String target : PAPER_TARGETS) {
					if (html.contains("data-target=\"" + target + "\" data-props=")) {
						throw new IngestException("The page's " + target + " data is cut off: the page ends inside it "
								+ "(a truncated download?); nothing was ingested");
					}
				}
				throw new IngestException("The page is not a Hugging Face Papers page: it has neither hydration data "
						+ "nor paper articles");
			}
		}
		if (papers.isEmpty()) {
			warnings.add("The page lists no papers");
		}
		return new Listing(kind, new ArrayList<>(papers.values()), warnings);
	}

	private static void add(Map<String, PaperRecord> papers, Optional<PaperRecord> paper) {
		paper.ifPresent(p -> papers.putIfAbsent(p.id(), p));
	}

	private static Optional<PaperRecord> listingEntry(JsonNode entry, List<String> warnings) {
		JsonNode paper = entry.path("paper");
		if (!paper.isObject()) {
			warnings.add("Skipped a listing entry without paper data");
			return Optional.empty();
		}
		return paper(paper, entry, warnings);
	}

	private static Optional<PaperRecord> paper(JsonNode paper, JsonNode entry, List<String> warnings) {
		String title = TextSanitizer.text(firstString(paper.path("title"), entry == null ? null : entry.path("title")),
				TextSanitizer.MAX_TITLE);
		if (title == null) {
			warnings.add("Skipped a paper without a title" + idNote(paper));
			return Optional.empty();
		}
		String summary = string(paper.path("summary"));
		String arxivId = PaperIdentity.arxivId(string(paper.path("id"))).orElse(null);
		List<AuthorRef> authors = new ArrayList<>();
		for (JsonNode author : paper.path("authors").values()) {
			String name = TextSanitizer.text(string(author.path("name")), TextSanitizer.MAX_SHORT);
			if (name != null && authors.size() < TextSanitizer.MAX_AUTHORS) {
				authors.add(new AuthorRef(name, TextSanitizer.text(string(author.path("user").path("user")), 100)));
			}
		}
		List<String> keywords = new ArrayList<>();
		for (JsonNode keyword : paper.path("ai_keywords").values()) {
			String value = TextSanitizer.text(string(keyword), 200);
			if (value != null && keywords.size() < TextSanitizer.MAX_KEYWORDS) {
				keywords.add(value);
			}
		}
		List<RepositoryRef> repositories = new ArrayList<>();
		LinkExtractor.officialRepository(string(paper.path("githubRepo")), integer(paper.path("githubStars")))
			.ifPresent(repositories::add);
		repositories = LinkExtractor.merge(repositories, LinkExtractor.repositories(summary));
		String projectPage = LinkExtractor.cleanProjectPage(string(paper.path("projectPage"))).orElse(null);
		String organization = TextSanitizer.text(firstString(paper.path("organization").path("fullname"),
				paper.path("organization").path("name"),
				entry == null ? null : entry.path("organization").path("fullname")), TextSanitizer.MAX_SHORT);
		return Optional.of(new PaperRecord(arxivId, title, TextSanitizer.text(summary, TextSanitizer.MAX_ABSTRACT),
				date(firstString(paper.path("publishedAt"), entry == null ? null : entry.path("publishedAt"))), authors,
				integer(paper.path("upvotes")),
				entry != null ? integer(entry.path("numComments")) : integer(paper.path("numComments")),
				TextSanitizer.text(string(paper.path("ai_summary")), TextSanitizer.MAX_SHORT), keywords,
				repositories.stream().limit(TextSanitizer.MAX_REPOSITORIES).toList(), projectPage, organization));
	}

	private static Optional<PaperRecord> markupPaper(Element article, List<String> warnings) {
		Element link = article.selectFirst("h3 a[href*=/papers/]");
		if (link == null) {
			return Optional.empty();
		}
		String title = TextSanitizer.text(link.text(), TextSanitizer.MAX_TITLE);
		if (title == null) {
			warnings.add("Skipped a paper article with an empty title");
			return Optional.empty();
		}
		String arxivId = PaperIdentity.arxivId(link.attr("href").replaceFirst("^.*/papers/", "")).orElse(null);
		return Optional.of(new PaperRecord(arxivId, title, null, null, List.of(), null, null, null, List.of(), List.of(),
				null, null));
	}

	private static String idNote(JsonNode paper) {
		String id = string(paper.path("id"));
		return id == null ? "" : " (" + TextSanitizer.text(id, 40) + ")";
	}

	private static String firstString(JsonNode... nodes) {
		for (JsonNode node : nodes) {
			String value = node == null ? null : string(node);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static String string(JsonNode node) {
		return node != null && node.isString() ? node.stringValue() : null;
	}

	private static Integer integer(JsonNode node) {
		if (node != null && node.isNumber()) {
			return node.intValue();
		}
		if (node != null && node.isString() && node.stringValue().strip().matches("\\d{1,9}")) {
			return Integer.valueOf(node.stringValue().strip());
		}
		return null;
	}

	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
			}
			catch (DateTimeParseException ignored) {
				return null;
			}
		}
	}

}
