package org.papergraph.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Normalizes text into comparable words: accents and case folded, punctuation and hyphens as separators, plurals
 * and British spellings folded ({@code "Long-Contexts"}, {@code "long context"} and {@code "long contexts"} give the
 * same words).
 */
public final class Words {

	private static final Map<String, String> SPELLING = Map.ofEntries(Map.entry("modelling", "modeling"),
			Map.entry("modelled", "modeled"), Map.entry("optimisation", "optimization"), Map.entry("optimise", "optimize"),
			Map.entry("generalisation", "generalization"), Map.entry("generalise", "generalize"),
			Map.entry("normalisation", "normalization"), Map.entry("regularisation", "regularization"),
			Map.entry("tokenisation", "tokenization"), Map.entry("tokeniser", "tokenizer"),
			Map.entry("quantisation", "quantization"), Map.entry("visualisation", "visualization"),
			Map.entry("parameterisation", "parameterization"), Map.entry("parametrisation", "parametrization"),
			Map.entry("behaviour", "behavior"), Map.entry("centre", "center"), Map.entry("catalogue", "catalog"),
			Map.entry("labelled", "labeled"), Map.entry("labelling", "labeling"), Map.entry("analyse", "analyze"),
			Map.entry("utilise", "utilize"), Map.entry("recognise", "recognize"), Map.entry("summarisation", "summarization"));

	private Words() {
	}

	/** The normalized words of a text, in order. */
	public static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		for (String raw : folded.split("[^\\p{L}\\p{N}]+")) {
			if (!raw.isEmpty()) {
				words.add(word(raw));
			}
		}
		return words;
	}

	/** The normalized words of a text joined by single spaces: the key of a keyword or phrase. */
	public static String key(String text) {
		return String.join(" ", of(text));
	}

	/** One lower-case word with its spelling and plural folded. */
	public static String word(String lower) {
		String word = SPELLING.getOrDefault(lower, lower);
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 4 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches")
				|| word.endsWith("shes"))) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
				&& !word.endsWith("is") && !word.endsWith("as") && !word.endsWith("os")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}
