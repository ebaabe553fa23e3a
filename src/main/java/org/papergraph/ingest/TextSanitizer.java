package org.papergraph.ingest;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Turns scraped strings into bounded plain text: entities decoded and markup removed, again until neither changes
 * anything (so markup written as entities, or as entities of entities, is removed too), then any {@code <} still
 * standing before a letter, {@code /}, {@code !} or {@code ?} set apart by a space, so that no reader of the stored
 * text can take it for a tag; white space folded, size capped.
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

	/** A complete tag, comment or declaration: {@code <} before a letter, {@code /}, {@code !} or {@code ?}, then {@code >}. */
	private static final Pattern TAG = Pattern.compile("<[A-Za-z/!?][^>]*>");

	/** What would start a tag. */
	private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");

	/** Rounds of decoding and removing before the last guard; four undo an entity of an entity of an entity. */
	private static final int MAX_ROUNDS = 4;

	private TextSanitizer() {
	}

	/** Plain text of a value that may hold markup, folded to single spaces and cut at {@code max} characters. */
	static String text(String value, int max) {
		if (value == null) {
			return null;
		}
		String text = WHITE_SPACE.matcher(CONTROL.matcher(plain(value)).replaceAll("")).replaceAll(" ").strip();
		if (text.isEmpty()) {
			return null;
		}
		return text.length() > max ? text.substring(0, max).strip() : text;
	}

	/** The text of a value: entities decoded and tags removed until stable, then no {@code <} left to start a tag. */
	static String plain(String value) {
		String text = value;
		for (int round = 0; round < MAX_ROUNDS && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0); round++) {
			String next = TAG.matcher(text).find() ? Jsoup.parse(text).text() : Parser.unescapeEntities(text, false);
			if (next.equals(text)) {
				break;
			}
			text = next;
		}
		return TAG_START.matcher(text).replaceAll("< ");
	}

}
