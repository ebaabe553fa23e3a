package org.papergraph.graph;

/**
 * Where a page came from: a URL, a file, or text given directly.
 *
 * @param key the unique key of the {@code Source} node ({@code kind:location})
 * @param kind the format, for example {@code hf-listing}
 * @param location the URL, the file path, or a digest of text given directly
 * @param rank how much the format is trusted for descriptive facts; higher wins when sources disagree
 */
public record SourceRef(String key, String kind, String location, int rank) {

	/** A source of the given format at a location. */
	public static SourceRef of(String kind, int rank, String location) {
		return new SourceRef(kind + ":" + location, kind, location, rank);
	}

}
