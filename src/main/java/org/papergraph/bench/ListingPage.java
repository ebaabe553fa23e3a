package org.papergraph.bench;

import java.util.List;
import java.util.Locale;

import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;

/**
 * Writes papers as a Hugging Face Papers listing page: an HTML page whose {@code DailyPapers} hydration element
 * carries the listing JSON, HTML-escaped, as the site serves it. The same papers always give the same bytes.
 */
final class ListingPage {

	private ListingPage() {
	}

	/** The listing page of these papers; the page's date is the first paper's. */
	static String html(List<PaperRecord> papers) {
		if (papers.isEmpty()) {
			throw new IllegalArgumentException("A listing page needs at least one paper");
		}
		String date = String.valueOf(papers.get(0).publishedAt());
		StringBuilder json = new StringBuilder(papers.size() * 3_000);
		json.append("{\"dateString\":").append(quote(date)).append(",\"periodType\":\"day\",\"dailyPapers\":[");
		for (int i = 0; i < papers.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			entry(json, papers.get(i));
		}
		json.append("]}");
		return """
				<!doctype html>
				<html class="">
				<head>
				<meta charset="utf-8" />
				<title>Daily Papers - Hugging Face</title>
				<link rel="canonical" href="https://huggingface.co/papers/date/%1$s" />
				</head>
				<body>
				<div class="SVELTE_HYDRATER contents" data-target="MainHeader" data-props="{&quot;isWide&quot;:false}"></div>
				<main>
				<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="%2$s"></div>
				</main>
				</body>
				</html>
				""".formatted(date, escapeAttribute(json.toString()));
	}

	private static void entry(StringBuilder json, PaperRecord paper) {
		long traits = paper.arxivId().hashCode() & 0xffffffffL;
		String published = paper.publishedAt() + String.format(Locale.ROOT, "T%02d:%02d:%02d.000Z", traits % 24,
				traits / 24 % 60, traits / 1440 % 60);
		json.append("{\"paper\":{\"id\":").append(quote(paper.arxivId())).append(",\"authors\":[");
		for (int i = 0; i < paper.authors().size(); i++) {
			AuthorRef author = paper.authors().get(i);
			json.append(i > 0 ? "," : "").append("{\"name\":").append(quote(author.name())).append(",\"hidden\":false");
			if (author.username() != null) {
				json.append(",\"user\":{\"user\":").append(quote(author.username())).append(",\"type\":\"user\"}");
			}
			json.append('}');
		}
		json.append("],\"publishedAt\":").append(quote(published));
		json.append(",\"submittedOnDailyAt\":").append(quote(published));
		json.append(",\"title\":").append(quote(paper.title()));
		json.append(",\"summary\":").append(quote(paper.abstractText()));
		json.append(",\"upvotes\":").append(paper.upvotes());
		json.append(",\"discussionId\":").append(quote(String.format(Locale.ROOT, "%024x", traits * 0x9E3779B1L)));
		if (!paper.repositories().isEmpty()) {
			RepositoryRef repository = paper.repositories().get(0);
			json.append(",\"githubRepo\":").append(quote(repository.url()));
			json.append(",\"githubStars\":").append(repository.stars());
		}
		if (paper.projectPage() != null) {
			json.append(",\"projectPage\":").append(quote(paper.projectPage()));
		}
		json.append(",\"ai_summary\":").append(quote(paper.aiSummary()));
		json.append(",\"ai_keywords\":[");
		for (int i = 0; i < paper.keywords().size(); i++) {
			json.append(i > 0 ? "," : "").append(quote(paper.keywords().get(i)));
		}
		json.append(']');
		if (paper.organization() != null) {
			String orgName = paper.organization().toLowerCase(Locale.ROOT).replace(' ', '-');
			json.append(",\"organization\":{\"name\":").append(quote(orgName)).append(",\"fullname\":")
				.append(quote(paper.organization())).append('}');
		}
		json.append("},\"publishedAt\":").append(quote(published));
		json.append(",\"title\":").append(quote(paper.title()));
		json.append(",\"numComments\":").append(paper.comments());
		json.append(",\"isAuthorParticipating\":false}");
	}

	/** A JSON string literal. */
	static String quote(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** Text escaped for a double-quoted HTML attribute, the way the site escapes its hydration data. */
	static String escapeAttribute(String value) {
		StringBuilder out = new StringBuilder(value.length() + value.length() / 4);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
