package org.papergraph.ingest;

import java.util.Locale;

/**
 * Chooses the parser for a document by its content: arXiv Atom, a Hugging Face HTML page, or a plain-text listing;
 * refuses binary input.
 */
public final class ListingParser {

	private ListingParser() {
	}

	/** Parses a document; {@code sourceUrl} may be {@code null} for text given directly. */
	public static Listing parse(String content, String sourceUrl) {
		if (content == null || content.isBlank()) {
			throw new IngestException("The input is empty");
		}
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		if (looksBinary(text)) {
			throw new IngestException("The input looks binary, not text, HTML or XML");
		}
		String head = text.substring(0, Math.min(text.length(), 2_000)).stripLeading().toLowerCase(Locale.ROOT);
		if (head.startsWith("<?xml") && head.contains("<feed") || head.startsWith("<feed")) {
			return ArxivFeedParser.parse(text);
		}
		if (head.startsWith("<") || head.contains("<html") || head.contains("<body") || head.contains("data-props=")) {
			return HuggingFaceParser.parse(text, sourceUrl);
		}
		return TextListingParser.parse(text);
	}

	/** Parses HTML given as HTML, whatever it looks like at the start. */
	public static Listing parseHtml(String html, String sourceUrl) {
		if (html != null && looksBinary(html)) {
			throw new IngestException("The input looks binary, not HTML");
		}
		return HuggingFaceParser.parse(html, sourceUrl);
	}

	private static boolean looksBinary(String text) {
		int sample = Math.min(text.length(), 8_000);
		int suspicious = 0;
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
				suspicious++;
			}
		}
		return sample > 0 && suspicious * 20 > sample;
	}

}
