package org.papergraph.similarity;

/**
 * Kinds of reasons two papers are related, each with its weight in the related-paper blend.
 */
public enum ReasonKind {

	/** Their titles and abstracts are close in embedding space: 0.40 times the cosine similarity. */
	TEXT_SIMILARITY(0.40),

	/** Both have a topic: 0.25 times the overlap of topic scores. */
	SHARED_TOPIC(0.25),

	/** Both have a keyword: 0.05 per keyword, at most 0.15. */
	SHARED_KEYWORD(0.15),

	/** The same person wrote both: 0.05 per author, at most 0.10. */
	SHARED_AUTHOR(0.10),

	/** Both link a repository: 0.05. */
	SHARED_REPOSITORY(0.05),

	/** One paper's abstract names the other: 0.05. */
	MENTIONS(0.05);

	private final double weight;

	ReasonKind(double weight) {
		this.weight = weight;
	}

	/** The most this kind of reason adds to a related paper's score. */
	public double weight() {
		return weight;
	}

}
