package org.papergraph.ingest;

/**
 * The formats papergraph reads.
 */
public enum SourceKind {

	/** A plain-text listing: blocks of a one-line title followed by a one-paragraph abstract. */
	TEXT("text"),

	/** A Hugging Face Papers listing page (daily, weekly, monthly, trending or search). */
	HF_LISTING("hf-listing"),

	/** A single Hugging Face paper page. */
	HF_PAPER("hf-paper"),

	/** A Hugging Face page without hydration data, read from its markup. */
	HF_MARKUP("hf-markup"),

	/** An arXiv API Atom feed. */
	ARXIV_ATOM("arxiv-atom");

	private final String label;

	SourceKind(String label) {
		this.label = label;
	}

	/** The name stored on {@code Source} nodes. */
	public String label() {
		return label;
	}

}
