package org.papergraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a paper is recognised across sources: arXiv ids without version, and titles normalized for case,
 * punctuation, white space, accents and LaTeX markup.
 */
public final class PaperIdentity {

	private static final Pattern ARXIV_ID = Pattern.compile("(?<!\\d)(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?!\\d)");

	private static final Pattern OLD_ARXIV_ID = Pattern.compile("^([a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?$");

	/** The prefix of ids derived from titles, which arXiv ids never start with. */
	public static final String TITLE_ID_PREFIX = "t-";

	private PaperIdentity() {
	}

	/** The normalized title: letters and digits only, lower case, single spaces; LaTeX commands and markup dropped. */
	public static String titleKey(String title) {
		String text = title.replaceAll("\\\\[a-zA-Z]+", " ").replaceAll("[{}$^_~\\\\]", "");
		text = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** A stable id for a paper known only by its title: {@code t-} and 16 hex digits of the title key's SHA-256. */
	public static String titleId(String title) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(titleKey(title).getBytes(StandardCharsets.UTF_8));
			return TITLE_ID_PREFIX + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	/**
	 * The arXiv id in a string such as {@code 2308.16137v4}, {@code http://arxiv.org/abs/2308.16137v4} or
	 * {@code hep-th/9901001}, without its version.
	 */
	public static Optional<String> arxivId(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		Matcher old = OLD_ARXIV_ID.matcher(trimmed.replaceFirst("^.*/abs/", ""));
		if (old.matches()) {
			return Optional.of(old.group(1));
		}
		Matcher matcher = ARXIV_ID.matcher(trimmed);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
