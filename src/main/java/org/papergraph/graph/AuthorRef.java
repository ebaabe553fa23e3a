package org.papergraph.graph;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An author as a source names them: display name and, where known, a Hugging Face user name.
 *
 * @param name the display name
 * @param username the Hugging Face user name, or {@code null}
 */
public record AuthorRef(String name, String username) {

	public AuthorRef {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An author needs a name");
		}
		name = name.strip().replaceAll("\\s+", " ");
	}

	/** The identity of the author: the name folded to lower-case ASCII letters and single spaces. */
	public String key() {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
