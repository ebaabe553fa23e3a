package org.papergraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns any user string into a safe Lucene query for Neo4j's full-text index: words become quoted terms (so no
 * character or word of the Lucene syntax keeps a meaning), all optional, with a phrase boost for the whole input.
 */
public final class FullTextQuery {

	/** The longest search string accepted. */
	public static final int MAX_LENGTH = 200;

	private static final int MAX_TERMS = 16;

	private FullTextQuery() {
	}

	/** The Lucene query for a user string, or empty when it holds no searchable word. */
	public static Optional<String> of(String input) {
		if (input == null) {
			return Optional.empty();
		}
		List<String> terms = new ArrayList<>();
		for (String word : input.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && terms.size() < MAX_TERMS) {
				terms.add(word);
			}
		}
		if (terms.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder query = new StringBuilder();
		if (terms.size() > 1) {
			query.append('"').append(String.join(" ", terms)).append("\"^3 ");
		}
		for (String term : terms) {
			query.append('"').append(term).append("\" ");
		}
		return Optional.of(query.toString().strip());
	}

}
