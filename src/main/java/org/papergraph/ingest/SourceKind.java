package org.papergraph.ingest;

import org.papergraph.graph.SourceRef;

/**
 * The formats papergraph reads, each with how far its descriptive facts are trusted (a single paper page over a
 * listing, a listing over an arXiv feed, structured data over text).
 */
public enum SourceKind {

	/** A plain-text listing: blocks of a one-line title followed by a one-paragraph abstract. */
	TEXT("text", 1),

	/** A Hugging Face Papers listing page (daily, weekly, monthly, trending or search). */
	HF_LISTING("hf-listing", 3),

	/** A single Hugging Face paper page. */
	HF_PAPER("hf-paper", 4),

	/** A Hugging Face page without hydration data, read from its markup. */
	HF_MARKUP("hf-markup", 1),

	/** An arXiv API Atom feed. */
	ARXIV_ATOM("arxiv-atom", 2);

	private final String label;

	private final int rank;

	SourceKind(String label, int rank) {
		this.label = label;
		this.rank = rank;
	}

	/** A source of this format at a location (a URL, {@code file:PATH}, or a digest of text given directly). */
	public SourceRef at(String location) {
		return SourceRef.of(label, rank, location);
	}

	/** The name stored on {@code Source} nodes. */
	public String label() {
		return label;
	}

}
