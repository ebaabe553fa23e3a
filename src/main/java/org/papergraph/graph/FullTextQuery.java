package org.papergraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any user string into a safe Lucene query for the {@code paper_text} full-text index: only runs of letters
 * and digits survive, each as a quoted term (so {@code AND}, {@code title:(}, {@code *} or {@code \} are plain
 * words or nothing), plus the whole phrase, boosted, when there are several words.
 */
public final class FullTextQuery {

	/** The longest search string accepted. */
	public static final int MAX_LENGTH = 200;

	/** The most terms a query keeps. */
	static final int MAX_TERMS = 24;

	private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "for", "and", "or", "not", "in", "on",
			"with", "to", "from", "by", "at", "as", "is", "are", "be", "it", "its", "this", "that", "into", "via",
			"about", "what", "which", "how");

	private FullTextQuery() {
	}

	/** The Lucene query for a user string, or empty when it has no letters or digits. */
	public static Optional<String> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		List<String> words = new ArrayList<>();
		Matcher matcher = TERM.matcher(text);
		while (matcher.find() && words.size() < MAX_TERMS) {
			words.add(matcher.group());
		}
		if (words.isEmpty()) {
			return Optional.empty();
		}
		Set<String> terms = new LinkedHashSet<>();
		for (String word : words) {
			if (!STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				terms.add(word.toLowerCase(Locale.ROOT));
			}
		}
		if (terms.isEmpty()) {
			words.forEach(word -> terms.add(word.toLowerCase(Locale.ROOT)));
		}
		StringBuilder query = new StringBuilder();
		for (String term : terms) {
			query.append(query.isEmpty() ? "" : " ").append('"').append(term).append('"');
		}
		if (words.size() > 1) {
			query.append(" \"").append(String.join(" ", words).toLowerCase(Locale.ROOT)).append("\"^2");
		}
		return Optional.of(query.toString());
	}

}
