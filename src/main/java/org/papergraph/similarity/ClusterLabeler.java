package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names clusters by their distinctive terms: words and two-word phrases of titles and keywords, scored by TF-IDF
 * (the share of the cluster's papers that use a term, times its inverse document frequency in the whole corpus).
 * Stop words, research boilerplate on its own ("model", "framework") and words that much of the corpus uses (more than
 * 40% of the papers; on the bundled sample, "infinite"), alone or in a phrase, are skipped; phrases get a small bonus
 * over single words.
 */
final class ClusterLabeler {

	/** Key terms kept per cluster. */
	static final int KEY_TERMS = 5;

	private static final int LABEL_TERMS = 3;

	private static final double CORPUS_COMMON = 0.4;

	private static final int MIN_CORPUS_FOR_COMMON = 10;

	private static final double PHRASE_BONUS = 1.2;

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*|\\p{N}+[\\p{L}][\\p{L}\\p{N}]*");

	private static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "and", "or", "in", "on", "with", "to",
			"from", "by", "via", "at", "as", "is", "are", "be", "been", "being", "was", "were", "we", "our", "us", "this",
			"that", "these", "those", "its", "it", "into", "over", "under", "than", "then", "their", "they", "can",
			"which", "while", "when", "where", "what", "how", "not", "no", "all", "any", "each", "both", "such", "also",
			"more", "most", "less", "only", "other", "between", "through", "across", "about", "has", "have", "had",
			"do", "does", "will", "would", "may", "might", "should", "could", "very", "up", "out", "one", "two", "three",
			"first", "however", "thus", "i", "e", "g", "ie", "eg", "et", "al", "without", "within", "among", "so",
			"but", "if", "there", "here", "toward", "towards", "beyond", "using", "use", "uses", "used");

	private static final Set<String> WEAK = Set.of("model", "models", "method", "methods", "approach", "approaches",
			"framework", "frameworks", "system", "systems", "paper", "work", "results", "result", "study", "analysis",
			"novel", "new", "based", "simple", "efficient", "effective", "towards", "learning", "task", "tasks", "data",
			"performance", "propose", "proposed", "present", "show", "shows", "demonstrate", "existing", "large",
			"scale", "various", "different", "significant", "significantly", "state", "art", "recent", "improve",
			"improves", "improved", "improvement", "improvements", "achieve", "achieves", "provide", "provides",
			"experiments", "experimental", "extensive", "key", "well", "high", "low", "general", "further", "specific",
			"including", "remarkable", "challenge", "challenges", "problem", "problems", "make", "allows", "enables",
			"unleashing", "generation", "generative", "generalization", "modeling", "understanding", "abilities",
			"ability", "capabilities", "process", "processing", "introduce", "technique", "techniques", "compared");

	private ClusterLabeler() {
	}

	/**
	 * One paper's text, for labelling.
	 *
	 * @param title the title
	 * @param keywords its keywords
	 */
	record Document(String title, List<String> keywords) {
	}

	/**
	 * A cluster's name.
	 *
	 * @param label the first key terms, joined
	 * @param keyTerms the most distinctive terms, the strongest first
	 */
	record Label(String label, List<String> keyTerms) {
	}

	/**
	 * Labels each cluster: one pass over the corpus for document frequencies, then one cluster at a time, so memory
	 * holds the corpus vocabulary and a single cluster's terms.
	 *
	 * @param corpus every paper's document, by paper index
	 * @param clusters the paper indexes of each cluster
	 * @return one label per cluster, in the given order
	 */
	static List<Label> label(List<Document> corpus, List<int[]> clusters) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (Document document : corpus) {
			terms(document, null).forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
		}
		int n = corpus.size();
		Set<String> common = new HashSet<>();
		if (n >= MIN_CORPUS_FOR_COMMON) {
			documentFrequency.forEach((term, df) -> {
				if (term.indexOf(' ') < 0 && df > CORPUS_COMMON * n) {
					common.add(term);
				}
			});
		}
		List<Label> labels = new ArrayList<>();
		for (int[] members : clusters) {
			Map<String, Integer> usage = new HashMap<>();
			Map<String, Map<String, Integer>> surfaces = new HashMap<>();
			for (int member : members) {
				terms(corpus.get(member), surfaces).forEach(term -> usage.merge(term, 1, Integer::sum));
			}
			int minimumUse = members.length >= 3 ? 2 : 1;
			Map<String, Double> scores = new HashMap<>();
			usage.forEach((term, use) -> {
				int df = documentFrequency.get(term);
				if (use < minimumUse || Arrays.stream(term.split(" ")).anyMatch(common::contains)) {
					return;
				}
				double score = (double) use / members.length * Math.log((n + 1.0) / df);
				scores.put(term, term.indexOf(' ') > 0 ? score * PHRASE_BONUS : score);
			});
			List<String> ranked = scores.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey)
				.toList();
			List<String> chosen = new ArrayList<>();
			for (String term : ranked) {
				if (chosen.size() == KEY_TERMS) {
					break;
				}
				if (chosen.stream().noneMatch(other -> overlaps(term, other))) {
					chosen.add(term);
				}
			}
			List<String> display = chosen.stream().map(term -> display(term, surfaces)).toList();
			labels.add(new Label(display.isEmpty() ? "papers" : String.join(", ", display.subList(0,
					Math.min(LABEL_TERMS, display.size()))), display));
		}
		return labels;
	}

	/** The distinct terms of a document's title and keywords; records their spellings when {@code surfaces} is given. */
	private static Set<String> terms(Document document, Map<String, Map<String, Integer>> surfaces) {
		Set<String> terms = new HashSet<>(terms(document.title(), surfaces));
		for (String keyword : document.keywords()) {
			terms.addAll(terms(keyword, surfaces));
		}
		return terms;
	}

	/** Words (not stop words, not weak on their own) and two-word phrases of adjacent non-stop words. */
	private static Set<String> terms(String text, Map<String, Map<String, Integer>> surfaces) {
		Set<String> terms = new HashSet<>();
		if (text == null) {
			return terms;
		}
		Matcher matcher = WORD.matcher(text);
		String previous = null;
		String previousSurface = null;
		int previousEnd = -1;
		while (matcher.find()) {
			String surface = matcher.group();
			String word = surface.toLowerCase(Locale.ROOT);
			boolean adjacent = previous != null && onlySpaceOrHyphen(text, previousEnd, matcher.start());
			if (STOP.contains(word) || word.length() < 3) {
				previous = null;
				continue;
			}
			if (!WEAK.contains(word)) {
				terms.add(word);
				if (surfaces != null) {
					surfaces.computeIfAbsent(word, w -> new HashMap<>()).merge(surface, 1, Integer::sum);
				}
			}
			if (adjacent && !(WEAK.contains(word) && WEAK.contains(previous))) {
				String phrase = previous + " " + word;
				terms.add(phrase);
				if (surfaces != null) {
					surfaces.computeIfAbsent(phrase, w -> new HashMap<>()).merge(previousSurface + " " + surface, 1,
							Integer::sum);
				}
			}
			previous = word;
			previousSurface = surface;
			previousEnd = matcher.end();
		}
		return terms;
	}

	private static boolean onlySpaceOrHyphen(String text, int from, int to) {
		if (to - from != 1) {
			return false;
		}
		char between = text.charAt(from);
		return between == ' ' || between == '-';
	}

	private static boolean overlaps(String term, String other) {
		Set<String> words = Set.of(term.split(" "));
		for (String word : other.split(" ")) {
			if (words.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** The spelling a term is most often written in, for display ("LLMs" rather than "llms"). */
	private static String display(String term, Map<String, Map<String, Integer>> surfaces) {
		return surfaces.getOrDefault(term, Map.of())
			.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue()
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.orElse(term);
	}

}
