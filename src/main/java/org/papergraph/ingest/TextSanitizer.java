package org.papergraph.ingest;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * Turns scraped strings into bounded plain text: markup removed, white space folded, size capped.
 */
final class TextSanitizer {

	static final int MAX_TITLE = 500;

	static final int MAX_ABSTRACT = 10_000;

	static final int MAX_SHORT = 1_000;

	static final int MAX_AUTHORS = 100;

	static final int MAX_KEYWORDS = 50;

	static final int MAX_REPOSITORIES = 20;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private TextSanitizer() {
	}

	/** Plain text of a value that may hold markup, folded to single spaces and cut at {@code max} characters. */
	static String text(String value, int max) {
		if (value == null) {
			return null;
		}
		String text = value.indexOf('<') >= 0 && value.indexOf('>') > value.indexOf('<') ? Jsoup.parse(value).text()
				: value;
		text = WHITE_SPACE.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ").strip();
		if (text.isEmpty()) {
			return null;
		}
		return text.length() > max ? text.substring(0, max).strip() : text;
	}

}
