package org.papergraph.topics;

import org.papergraph.graph.Decimals;
import org.papergraph.graph.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assigns topics and keywords to one paper from its title, abstract and source keywords, explaining each topic by the
 * phrases that triggered it.
 *
 * <p>A topic is assigned when one of its phrases is in the title, or its phrases occur at least twice in the
 * abstract and the source's keywords together. The score is {@code 1 - exp(-s/4)} where {@code s} counts a title
 * occurrence 2, a keyword 1.5 and an abstract occurrence 1. A lone "infinite" or "infinity" is never a phrase.
 * A topic is left out when one of its subtopics is assigned: the subtopic implies it, and a topic's papers include
 * its subtopics' papers.
 *
 * <p>Once the paper has an embedding, closeness in meaning to each topic's profile is a further signal: a topic with
 * some phrase evidence below the threshold is assigned when the cosine reaches {@value #SUPPORT_COSINE}, and the
 * paper's single closest topic is assigned on meaning alone when the cosine reaches {@value #ALONE_COSINE}.
 */
public final class TopicAssigner {

	/** The keywords kept per paper at most. */
	static final int MAX_KEYWORDS = 15;

	/** The cosine at which closeness in meaning confirms weak phrase evidence. */
	static final double SUPPORT_COSINE = 0.45;

	/** The cosine at which a paper's closest topic is assigned on meaning alone. */
	static final double ALONE_COSINE = 0.6;

	private final Taxonomy taxonomy;

	private final PhraseMatcher matcher;

	private final Map<String, List<String>> ancestors = new java.util.HashMap<>();

	public TopicAssigner(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.matcher = new PhraseMatcher(taxonomy.topics());
		taxonomy.topics().forEach(topic -> ancestors.put(topic.slug(), taxonomy.ancestors(topic.slug())));
	}

	/** The topics and keywords of one paper. */
	public record Assignment(List<TopicScore> topics, List<PaperKeyword> keywords) {
	}

	/** Assigns topics and keywords from phrases alone; the result depends only on the arguments and the taxonomy. */
	public Assignment assign(String title, String abstractText, List<String> sourceKeywords) {
		return assign(title, abstractText, sourceKeywords, null, null);
	}

	/**
	 * Assigns topics and keywords from phrases and, when both vectors are given, closeness in meaning of the paper's
	 * embedding to the topics' profiles.
	 */
	public Assignment assign(String title, String abstractText, List<String> sourceKeywords, float[] paperVector,
			TopicVectors topicVectors) {
		Map<String, Evidence> bySlug = new TreeMap<>();
		List<PhraseMatcher.Match> titleMatches = matcher.find(Words.of(title));
		List<PhraseMatcher.Match> abstractMatches = matcher.find(Words.of(abstractText));
		titleMatches.forEach(m -> bySlug.computeIfAbsent(m.slug(), s -> new Evidence()).title(m.phrase()));
		abstractMatches.forEach(m -> bySlug.computeIfAbsent(m.slug(), s -> new Evidence()).inAbstract(m.phrase()));
		Map<String, PaperKeyword> keywords = new LinkedHashMap<>();
		for (String keyword : sourceKeywords == null ? List.<String>of() : sourceKeywords) {
			String key = Words.key(keyword);
			if (key.isEmpty() || Taxonomy.MEANINGLESS_ALONE.containsAll(Words.of(keyword))) {
				continue;
			}
			keywords.putIfAbsent(key, new PaperKeyword(key, keyword.strip(), "source"));
			Set<String> signalled = new LinkedHashSet<>();
			for (PhraseMatcher.Match match : matcher.find(Words.of(keyword))) {
				if (signalled.add(match.slug())) {
					bySlug.computeIfAbsent(match.slug(), s -> new Evidence()).keyword(keyword.strip());
				}
			}
		}
		if (paperVector != null && topicVectors != null) {
			Map<String, Double> cosines = topicVectors.cosines(paperVector);
			cosines.forEach((slug, cosine) -> {
				Evidence evidence = bySlug.get(slug);
				if (evidence != null && cosine >= SUPPORT_COSINE) {
					evidence.meaning(cosine);
				}
			});
			cosines.entrySet().stream().max(Map.Entry.comparingByValue())
				.filter(closest -> closest.getValue() >= ALONE_COSINE)
				.ifPresent(closest -> bySlug.computeIfAbsent(closest.getKey(), s -> new Evidence()).meaning(closest.getValue()));
		}
		List<TopicScore> topics = new ArrayList<>();
		bySlug.forEach((slug, evidence) -> {
			if (evidence.assigns()) {
				topics.add(new TopicScore(slug, Decimals.round(1 - Math.exp(-evidence.strength() / 4), 3),
						evidence.describe(), evidence.method()));
			}
		});
		Set<String> implied = new java.util.HashSet<>();
		topics.forEach(topic -> implied.addAll(ancestors.get(topic.slug())));
		topics.removeIf(topic -> implied.contains(topic.slug()));
		topics.sort(Comparator.comparingDouble(TopicScore::score).reversed().thenComparing(TopicScore::slug));
		for (PhraseMatcher.Match match : titleMatches) {
			keywords.putIfAbsent(match.phrase(), new PaperKeyword(match.phrase(), match.phrase(), "taxonomy"));
		}
		for (PhraseMatcher.Match match : abstractMatches) {
			keywords.putIfAbsent(match.phrase(), new PaperKeyword(match.phrase(), match.phrase(), "taxonomy"));
		}
		KeyphraseExtractor.extract(title, abstractText)
			.forEach((key, label) -> keywords.putIfAbsent(key, new PaperKeyword(key, label, "text")));
		return new Assignment(List.copyOf(topics), keywords.values().stream().limit(MAX_KEYWORDS).toList());
	}

	/** The topics a keyword signals: the topics of the taxonomy phrases it contains. */
	public Set<String> signals(String keywordKey) {
		Set<String> slugs = new LinkedHashSet<>();
		matcher.find(Words.of(keywordKey)).forEach(m -> slugs.add(m.slug()));
		return slugs;
	}

	/** The taxonomy this assigner uses. */
	public Taxonomy taxonomy() {
		return taxonomy;
	}

	/** The occurrences of one topic's phrases in a paper. */
	private static final class Evidence {

		private final Map<String, Integer> titlePhrases = new LinkedHashMap<>();

		private final Map<String, Integer> abstractPhrases = new LinkedHashMap<>();

		private final Set<String> keywords = new LinkedHashSet<>();

		private Double cosine;

		void meaning(double value) {
			cosine = value;
		}

		void title(String phrase) {
			titlePhrases.merge(phrase, 1, Integer::sum);
		}

		void inAbstract(String phrase) {
			abstractPhrases.merge(phrase, 1, Integer::sum);
		}

		void keyword(String keyword) {
			keywords.add(keyword);
		}

		boolean assigns() {
			int body = abstractPhrases.values().stream().mapToInt(Integer::intValue).sum() + keywords.size();
			return !titlePhrases.isEmpty() || body >= 2 || cosine != null;
		}

		double strength() {
			return 2.0 * titlePhrases.values().stream().mapToInt(Integer::intValue).sum()
					+ abstractPhrases.values().stream().mapToInt(Integer::intValue).sum() + 1.5 * keywords.size()
					+ (cosine == null ? 0 : 4 * cosine);
		}

		String method() {
			boolean phrases = !titlePhrases.isEmpty() || !abstractPhrases.isEmpty() || !keywords.isEmpty();
			return cosine == null ? "phrases" : phrases ? "phrases+embedding" : "embedding";
		}

		List<String> describe() {
			List<String> lines = new ArrayList<>();
			titlePhrases.forEach((phrase, n) -> lines.add("\"" + phrase + "\" in title" + (n > 1 ? " ×" + n : "")));
			abstractPhrases.forEach((phrase, n) -> lines.add("\"" + phrase + "\" in abstract" + (n > 1 ? " ×" + n : "")));
			keywords.forEach(keyword -> lines.add("keyword \"" + keyword + "\""));
			if (cosine != null) {
				lines.add(String.format(java.util.Locale.ROOT, "close in meaning to the topic (cosine %.2f)", cosine));
			}
			return lines;
		}

	}

}
