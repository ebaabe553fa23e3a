package org.papergraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
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

	/** LaTeX accents such as {@code \"o} or {@code \v{c}}, dropped so that the letter folds like its Unicode form. */
	/** Everything up to an arXiv abstract page's {@code /abs/}, in front of an id given as its page's address. */
	private static final Pattern ABS_PREFIX = Pattern.compile("^.*/abs/");

	private static final Pattern LATEX_ACCENT = Pattern.compile("\\\\(?:[`'^\"~=.]|[vuHcdbkr](?=\\{))");

	private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");

	private static final Pattern LATEX_MARKUP = Pattern.compile("[{}$^_~\\\\]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final List<String> GREEK_NAMES = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
			"theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi",
			"chi", "psi", "omega");

	private static final String GREEK_LETTERS = "\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc"
			+ "\u03bd\u03be\u03bf\u03c0\u03c1\u03c3\u03c4\u03c5\u03c6\u03c7\u03c8\u03c9";

	/** The prefix of ids derived from titles, which arXiv ids never start with. */
	public static final String TITLE_ID_PREFIX = "t-";

	private PaperIdentity() {
	}

	/**
	 * The normalized title: letters and digits only, lower case, single spaces; LaTeX Greek letters such as
	 * {@code \phi} become the letter, other LaTeX commands and markup are dropped.
	 */
	public static String titleKey(String title) {
		String text = LATEX_ACCENT.matcher(title).replaceAll("");
		text = LATEX_COMMAND.matcher(text).replaceAll(command -> greekLetter(command.group(1)));
		text = LATEX_MARKUP.matcher(text).replaceAll("");
		text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		return NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** The Greek letter a LaTeX command such as {@code \phi} or {@code \varphi} stands for, else a space. */
	private static String greekLetter(String command) {
		String name = command.toLowerCase(Locale.ROOT);
		int index = GREEK_NAMES.indexOf(name.startsWith("var") ? name.substring(3) : name);
		return index < 0 ? " " : GREEK_LETTERS.substring(index, index + 1);
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
		Matcher old = OLD_ARXIV_ID.matcher(ABS_PREFIX.matcher(trimmed).replaceFirst(""));
		if (old.matches()) {
			return Optional.of(old.group(1));
		}
		Matcher matcher = ARXIV_ID.matcher(trimmed);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
