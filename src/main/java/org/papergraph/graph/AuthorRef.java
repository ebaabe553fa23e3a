package org.papergraph.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An author as a source names them: display name and, where known, a Hugging Face user name.
 *
 * @param name the display name
 * @param username the Hugging Face user name, or {@code null}
 */
public record AuthorRef(String name, String username) {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	public AuthorRef {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An author needs a name");
		}
		name = WHITE_SPACE.matcher(name.strip()).replaceAll(" ");
	}

	/** The identity of the author: the name folded to lower-case ASCII letters and single spaces. */
	public String key() {
		String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		return NOT_LETTERS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
