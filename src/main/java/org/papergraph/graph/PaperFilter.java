package org.papergraph.graph;

/**
 * Conditions on papers; {@code null} fields do not filter.
 *
 * @param topic a topic slug, subtopics included
 * @param keyword a keyword in any spelling
 * @param author an author key or name
 * @param cluster a cluster id, with or without the {@code cluster:} prefix
 * @param hasCode with or without a code repository
 * @param minStars the least stars of a linked repository
 * @param publishedAfter {@code YYYY-MM-DD}, inclusive
 * @param publishedBefore {@code YYYY-MM-DD}, inclusive
 * @param query free text for the full-text index
 */
public record PaperFilter(String topic, String keyword, String author, String cluster, Boolean hasCode,
		Integer minStars, String publishedAfter, String publishedBefore, String query) {

	/** No condition at all. */
	public static final PaperFilter NONE = new PaperFilter(null, null, null, null, null, null, null, null, null);

	/** This filter, also restricted to a topic. */
	public PaperFilter withTopic(String slug) {
		return new PaperFilter(slug, keyword, author, cluster, hasCode, minStars, publishedAfter, publishedBefore, query);
	}

	/** This filter, also restricted to a cluster. */
	public PaperFilter withCluster(String id) {
		return new PaperFilter(topic, keyword, author, id, hasCode, minStars, publishedAfter, publishedBefore, query);
	}

}
