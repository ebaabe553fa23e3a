package org.papergraph.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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
		Map<String, FragmentDefinition> fragments = env.getFragmentsByName();
		List<SelectionSet> level = selectionSets(env);
		for (String name : path.split("/")) {
			List<SelectionSet> next = new ArrayList<>();
			boolean[] found = new boolean[1];
			for (SelectionSet set : level) {
				fields(set, fragments, field -> {
					if (field.getName().equals(name)) {
						found[0] = true;
						if (field.getSelectionSet() != null) {
							next.add(field.getSelectionSet());
						}
					}
					return false;
				}, new HashSet<>());
			}
			if (!found[0]) {
				return false;
			}
			level = next;
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
		Map<String, FragmentDefinition> fragments = env.getFragmentsByName();
		List<SelectionSet> level = selectionSets(env);
		Set<String> seen = new HashSet<>();
		while (!level.isEmpty()) {
			List<SelectionSet> next = new ArrayList<>();
			boolean[] found = new boolean[1];
			for (SelectionSet set : level) {
				fields(set, fragments, selected -> {
					found[0] |= selected.getName().equals(field) || selected.getName().equals(other);
					if (selected.getSelectionSet() != null) {
						next.add(selected.getSelectionSet());
					}
					return found[0];
				}, seen);
			}
			if (found[0]) {
				return true;
			}
			level = next;
		}
		return false;
	}

	/** The selection sets of the current field (one per occurrence of it in the request). */
	private static List<SelectionSet> selectionSets(DataFetchingEnvironment env) {
		List<SelectionSet> sets = new ArrayList<>();
		for (Field field : env.getMergedField().getFields()) {
			if (field.getSelectionSet() != null) {
				sets.add(field.getSelectionSet());
			}
		}
		return sets;
	}

	/**
	 * Hands each field selected directly in {@code set} to {@code visit}, looking through inline fragments and
	 * fragment spreads (each named fragment once); stops when {@code visit} answers true.
	 */
	private static boolean fields(SelectionSet set, Map<String, FragmentDefinition> fragments, Predicate<Field> visit,
			Set<String> seenFragments) {
		for (Selection<?> selection : set.getSelections()) {
			boolean stop = false;
			if (selection instanceof Field field) {
				stop = visit.test(field);
			}
			else if (selection instanceof InlineFragment inline && inline.getSelectionSet() != null) {
				stop = fields(inline.getSelectionSet(), fragments, visit, seenFragments);
			}
			else if (selection instanceof FragmentSpread spread && seenFragments.add(spread.getName())) {
				FragmentDefinition definition = fragments.get(spread.getName());
				stop = definition != null && fields(definition.getSelectionSet(), fragments, visit, seenFragments);
			}
			if (stop) {
				return true;
			}
		}
		return false;
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
