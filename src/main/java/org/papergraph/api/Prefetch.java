package org.papergraph.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * Look-ahead for resolvers: whether a request selects a field below the current one, and a way to hand data that
 * the current field's statement already fetched to a child field (named by its coordinates, such as
 * {@code Repository.papers}), so that the child field runs no statement of its own and, for each parent it was
 * handed, answers at once without going through its batch loader ({@link PrimedFields}).
 */
public final class Prefetch {

	/** The fields that can be handed values: each is answered from them when they are there, else as usual. */
	static final Set<String> FIELDS = Set.of("Topic.paperCount", "Topic.parent", "Topic.children", "Cluster.topics",
			"Cluster.papers", "Repository.papers", "Repository.topics");

	private Prefetch() {
	}

	/**
	 * Whether the request selects the field at this path below the current field, such as {@code edges/node/papers}:
	 * read from the request's own selections, fragments included, so it costs a walk of a few nodes; a field left out
	 * by {@code @skip} or {@code @include} still counts as selected.
	 */
	public static boolean selects(DataFetchingEnvironment env, String path) {
		if (env == null) {
			return false;
		}
		List<Field> level = env.getMergedField().getFields();
		for (String name : path.split("/")) {
			level = children(level, env.getFragmentsByName()).stream().filter(f -> f.getName().equals(name)).toList();
			if (level.isEmpty()) {
				return false;
			}
		}
		return true;
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
		if (env == null) {
			return true;
		}
		List<Field> level = children(env.getMergedField().getFields(), env.getFragmentsByName());
		while (!level.isEmpty()) {
			if (level.stream().anyMatch(f -> f.getName().equals(field) || f.getName().equals(other))) {
				return true;
			}
			level = children(level, env.getFragmentsByName());
		}
		return false;
	}

	/**
	 * The fields selected directly below these fields, looking through inline fragments and fragment spreads; each
	 * fragment is looked into once per level, however often it is spread there, so a level costs at most a walk of
	 * the document.
	 */
	static List<Field> children(List<Field> fields, Map<String, FragmentDefinition> fragments) {
		List<Field> children = new ArrayList<>();
		Set<String> expanded = new HashSet<>();
		for (Field field : fields) {
			collect(field.getSelectionSet(), fragments, expanded, children);
		}
		return children;
	}

	private static void collect(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> expanded,
			List<Field> into) {
		if (set == null) {
			return;
		}
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field) {
				into.add(field);
			}
			else if (selection instanceof InlineFragment inline) {
				collect(inline.getSelectionSet(), fragments, expanded, into);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
					&& expanded.add(spread.getName())) {
				collect(fragments.get(spread.getName()).getSelectionSet(), fragments, expanded, into);
			}
		}
	}

	/** Gives the field at {@code coordinates} these values for these parents, as if it had loaded them. */
	public static <K, V> void prime(DataFetchingEnvironment env, String coordinates, Map<K, V> values) {
		if (!FIELDS.contains(coordinates)) {
			throw new IllegalArgumentException(coordinates + " cannot be handed values: add it to Prefetch.FIELDS");
		}
		env.getGraphQlContext().computeIfAbsent(PrimedValues.class, key -> new PrimedValues()).add(coordinates, values);
	}

	/** The values handed to the field at {@code coordinates} in this request, by parent; {@code null} if none. */
	static Map<?, ?> primed(DataFetchingEnvironment env, String coordinates) {
		PrimedValues primed = env.getGraphQlContext().get(PrimedValues.class);
		return primed == null ? null : primed.of(coordinates);
	}

}
