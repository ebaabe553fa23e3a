package org.papergraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * A paper as the API serves it: its own properties; related nodes are resolved per field, in batches.
 *
 * @param id the paper's id
 * @param arxivId the arXiv id, or {@code null}
 * @param title the title
 * @param abstractText the abstract, or {@code null}
 * @param publishedAt the publication date as {@code YYYY-MM-DD}, or {@code null}
 * @param upvotes upvotes, or {@code null}
 * @param comments comment count, or {@code null}
 * @param aiSummary a generated summary, or {@code null}
 * @param projectPage the project page, or {@code null}
 * @param organization the organization, or {@code null}
 * @param aliases ids served before the arXiv id was known
 */
public record PaperNode(String id, String arxivId, String title, String abstractText, String publishedAt,
		Integer upvotes, Integer comments, String aiSummary, String projectPage, String organization,
		List<String> aliases) {

	/** The property list of a {@code Paper} node that {@link #from(Value)} reads; use it as {@code p {PROJECTION}}. */
	public static final String PROJECTION = ".id, .arxivId, .title, .abstract, .publishedAt, .upvotes, .comments, "
			+ ".aiSummary, .projectPage, .organization, .aliases";

	/**
	 * {@link #PROJECTION} without the long texts, abstract and summary, which are most of a paper's bytes: for
	 * lists whose request shows neither.
	 */
	public static final String SHORT_PROJECTION = ".id, .arxivId, .title, .publishedAt, .upvotes, .comments, "
			+ ".projectPage, .organization, .aliases";

	/** The projection to read papers with: the long texts only when they are shown. */
	public static String projection(boolean withTexts) {
		return withTexts ? PROJECTION : SHORT_PROJECTION;
	}

	/** Reads a map projected with {@link #PROJECTION} or {@link #SHORT_PROJECTION}, or a whole node. */
	public static PaperNode from(Value value) {
		Map<String, Value> map = value instanceof Node node ? node.asMap(v -> v) : value.asMap(v -> v);
		return new PaperNode(string(map, "id"), string(map, "arxivId"), string(map, "title"), string(map, "abstract"),
				map.containsKey("publishedAt") && !map.get("publishedAt").isNull() ? map.get("publishedAt").toString()
					.replace("\"", "") : null,
				integer(map, "upvotes"), integer(map, "comments"), string(map, "aiSummary"), string(map, "projectPage"),
				string(map, "organization"),
				map.containsKey("aliases") && !map.get("aliases").isNull()
						? map.get("aliases").asList(Value::asString) : List.of());
	}

	/** The GraphQL field {@code abstract}. */
	public String getAbstract() {
		return abstractText;
	}

	/** Where to read the paper: its Hugging Face page when the arXiv id is known, else its project page. */
	public String url() {
		return arxivId != null ? "https://huggingface.co/papers/" + arxivId : projectPage;
	}

	private static String string(Map<String, Value> map, String key) {
		Value value = map.get(key);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static Integer integer(Map<String, Value> map, String key) {
		Value value = map.get(key);
		return value == null || value.isNull() ? null : value.asInt();
	}

	/**
	 * Two values are the same paper when their keys are equal: batched resolvers key maps by node,
	 * so hashing stays cheap.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof PaperNode that && Objects.equals(id, that.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
