package org.papergraph.graph;

import java.util.List;
import java.util.Objects;

/**
 * A taxonomy topic as the API serves it.
 *
 * @param slug the slug
 * @param name the display name
 * @param description one sentence on what it covers
 * @param level the depth in the taxonomy, 0 for roots
 * @param parentSlug the parent's slug, or {@code null}
 * @param phrases the phrases that signal it
 */
public record TopicNode(String slug, String name, String description, int level, String parentSlug,
		List<String> phrases) {

	/** The global id: {@code topic:} and the slug. */
	public String id() {
		return GraphIds.TOPIC + slug;
	}

	/** The property list of a {@code Topic} node that {@link #from} reads. */
	public static final String PROJECTION = ".slug, .name, .description, .level, .parent, .phrases";

	/** {@link #PROJECTION} without the texts, description and phrases: for topics whose request shows neither. */
	public static final String SHORT_PROJECTION = ".slug, .name, .level, .parent";

	/** The projection to read topics with: description and phrases only when they are shown. */
	public static String projection(boolean withTexts) {
		return withTexts ? PROJECTION : SHORT_PROJECTION;
	}

	/** Reads a map projected with {@link #PROJECTION} or {@link #SHORT_PROJECTION}. */
	public static TopicNode from(org.neo4j.driver.Value value) {
		return new TopicNode(value.get("slug").asString(), value.get("name").asString(),
				value.get("description").asString(""), value.get("level").asInt(0), value.get("parent").asString(null),
				value.get("phrases").isNull() ? List.of() : value.get("phrases").asList(org.neo4j.driver.Value::asString));
	}

	/**
	 * Two values are the same topic when their keys are equal: batched resolvers key maps by node,
	 * so hashing stays cheap.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof TopicNode that && Objects.equals(slug, that.slug);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(slug);
	}

}
