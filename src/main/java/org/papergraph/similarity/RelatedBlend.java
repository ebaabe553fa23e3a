package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.papergraph.graph.Decimals;


/**
 * Scores how related a candidate paper is to a paper: a blend of signals, each a reason with a readable detail and
 * its contribution, capped per kind by {@link ReasonKind#weight()} so that the score lies between 0 and 1.
 *
 * <ul>
 * <li>{@code TEXT_SIMILARITY}: 0.40 × cosine similarity of the embeddings, when it is at least 0.3</li>
 * <li>{@code SHARED_TOPIC}: 0.25 × the sum over shared topics of the lower of the two topic scores (at most 1)</li>
 * <li>{@code SHARED_KEYWORD}: 0.05 per shared keyword, at most 0.15</li>
 * <li>{@code SHARED_AUTHOR}: 0.05 per shared author, at most 0.10</li>
 * <li>{@code SHARED_REPOSITORY}: 0.05 when they link the same repository</li>
 * <li>{@code MENTIONS}: 0.05 when either abstract names the other paper</li>
 * </ul>
 */
final class RelatedBlend {

	/** Text similarity below this is no reason. */
	static final double MIN_COSINE = 0.3;

	private static final double PER_KEYWORD = 0.05;

	private static final double PER_AUTHOR = 0.05;

	private RelatedBlend() {
	}

	/** A topic both papers have, and the lower of their two scores for it. */
	record SharedTopic(String slug, double score) {
	}

	/**
	 * What links a paper to a candidate.
	 *
	 * @param candidate the candidate paper's id
	 * @param cosine the cosine similarity of their embeddings, or {@code null} when one has none
	 * @param topics shared topics
	 * @param keywords shared keywords
	 * @param authors names of shared authors
	 * @param repositories keys of shared repositories
	 * @param mentioned names of the candidate that the paper's abstract mentions
	 * @param mentionedBy names of the paper that the candidate's abstract mentions
	 */
	record Signals(String candidate, Double cosine, List<SharedTopic> topics, List<String> keywords,
			List<String> authors, List<String> repositories, List<String> mentioned, List<String> mentionedBy) {
	}

	/** A candidate's score and reasons, the weightiest first. */
	record Score(String candidate, double score, List<RelationReason> reasons) {
	}

	/** The candidate with its score and reasons, the weightiest first; its score is 0 when nothing links them. */
	static Score score(Signals signals) {
		List<RelationReason> reasons = new ArrayList<>();
		if (signals.cosine() != null && signals.cosine() >= MIN_COSINE) {
			reasons.add(new RelationReason(ReasonKind.TEXT_SIMILARITY,
					String.format(Locale.ROOT, "cosine similarity %.2f", signals.cosine()),
					ReasonKind.TEXT_SIMILARITY.weight() * Math.min(1, signals.cosine())));
		}
		double overlap = signals.topics().stream().mapToDouble(SharedTopic::score).sum();
		double topicScale = overlap > 1 ? 1 / overlap : 1;
		signals.topics()
			.stream()
			.sorted(Comparator.comparingDouble(SharedTopic::score).reversed().thenComparing(SharedTopic::slug))
			.forEach(topic -> reasons.add(new RelationReason(ReasonKind.SHARED_TOPIC, "both about " + topic.slug(),
					ReasonKind.SHARED_TOPIC.weight() * topic.score() * topicScale)));
		limited(reasons, ReasonKind.SHARED_KEYWORD, signals.keywords(), PER_KEYWORD, k -> "both have the keyword \"" + k + "\"");
		limited(reasons, ReasonKind.SHARED_AUTHOR, signals.authors(), PER_AUTHOR, a -> "both by " + a);
		signals.repositories()
			.stream()
			.sorted()
			.limit(1)
			.forEach(r -> reasons.add(new RelationReason(ReasonKind.SHARED_REPOSITORY, "both cite " + r,
					ReasonKind.SHARED_REPOSITORY.weight())));
		if (!signals.mentioned().isEmpty()) {
			reasons.add(new RelationReason(ReasonKind.MENTIONS,
					signals.mentioned().get(0) + " is mentioned in this paper's abstract", ReasonKind.MENTIONS.weight()));
		}
		else if (!signals.mentionedBy().isEmpty()) {
			reasons.add(new RelationReason(ReasonKind.MENTIONS,
					signals.mentionedBy().get(0) + " is mentioned in its abstract", ReasonKind.MENTIONS.weight()));
		}
		List<RelationReason> rounded = reasons.stream()
			.map(r -> new RelationReason(r.kind(), r.detail(), round(r.weight())))
			.filter(r -> r.weight() > 0)
			.sorted(Comparator.comparingDouble(RelationReason::weight).reversed()
				.thenComparing(r -> r.kind().ordinal()))
			.toList();
		double score = round(rounded.stream().mapToDouble(RelationReason::weight).sum());
		return new Score(signals.candidate(), Math.min(1, score), rounded);
	}

	private static void limited(List<RelationReason> reasons, ReasonKind kind, List<String> shared, double each,
			Function<String, String> detail) {
		int most = (int) Math.round(kind.weight() / each);
		shared.stream()
			.distinct()
			.sorted()
			.limit(most)
			.forEach(item -> reasons.add(new RelationReason(kind, detail.apply(item), each)));
	}

	private static double round(double value) {
		return Decimals.round(value, 4);
	}

}
