package org.papergraph.api;

import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/**
 * Look-ahead for resolvers: whether a request selects a field below the current one, and a way to hand data that
 * the current field's statement already fetched to a child field (named by its coordinates, such as
 * {@code Repository.papers}), so that the child field runs no statement of its own and, for each parent it was
 * handed, answers at once without going through its batch loader ({@link PrimedFields}).
 */
public final class Prefetch {

	/** The fields that can be handed values: each is answered from them when they are there, else as usual. */
	static final Set<String> FIELDS = Set.of("Topic.paperCount", "Topic.parent", "Topic.children", "Cluster.topics",
			"Repository.papers", "Repository.topics");

	private Prefetch() {
	}

	/** Whether the request selects the field at this path below the current field, such as {@code edges/node/papers}. */
	public static boolean selects(DataFetchingEnvironment env, String path) {
		return env != null && env.getSelectionSet().contains(path);
	}

	/**
	 * Whether the request shows a paper's long texts ({@code abstract}, {@code aiSummary}) in the current field's
	 * value or anywhere below it; when it cannot tell, yes.
	 */
	public static boolean selectsPaperTexts(DataFetchingEnvironment env) {
		return selectsAnywhere(env, "abstract", "aiSummary");
	}

	/**
	 * Whether the request shows a topic's texts ({@code description}, {@code phrases}) in the current field's value
	 * or anywhere below it; when it cannot tell, yes.
	 */
	public static boolean selectsTopicTexts(DataFetchingEnvironment env) {
		return selectsAnywhere(env, "description", "phrases");
	}

	/** Whether either field is selected directly below the current field or at any depth under it; yes if unknown. */
	private static boolean selectsAnywhere(DataFetchingEnvironment env, String field, String other) {
		return env == null || env.getSelectionSet().containsAnyOf(field, other, "**/" + field, "**/" + other);
	}

	/** Gives the field at {@code coordinates} these values for these parents, as if it had loaded them. */
	public static <K, V> void prime(DataFetchingEnvironment env, String coordinates, Map<K, V> values) {
		if (!FIELDS.contains(coordinates)) {
			throw new IllegalArgumentException(coordinates + " cannot be handed values: add it to Prefetch.FIELDS");
		}
		env.getGraphQlContext().computeIfAbsent(PrimedValues.class, key -> new PrimedValues()).add(coordinates, values);
	}

	/**
	 * Gives the batch loader named {@code loader} these values for these keys, as if it had loaded them: for a field
	 * whose loader is keyed by more than its parent, such as a page of a cluster's papers.
	 */
	public static <K, V> void primeLoader(DataFetchingEnvironment env, String loader, Map<K, V> values) {
		DataLoader<K, V> dataLoader = env.getDataLoader(loader);
		if (dataLoader != null) {
			values.forEach(dataLoader::prime);
		}
	}

	/** The values handed to the field at {@code coordinates} in this request, by parent; {@code null} if none. */
	static Map<?, ?> primed(DataFetchingEnvironment env, String coordinates) {
		PrimedValues primed = env.getGraphQlContext().get(PrimedValues.class);
		return primed == null ? null : primed.of(coordinates);
	}

}
