package org.papergraph.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How large a document's operations are once every fragment spread is replaced by its fragment, measured in one pass
 * over the document: each fragment's size is computed once and reused wherever it is spread, so a document whose
 * fragments spread each other twice over (a "fragment bomb", 2^n fields in n lines) costs a walk of its n lines, and
 * its size saturates instead of overflowing. A spread of an unknown fragment or a cycle counts nothing here; validation
 * reports both.
 *
 * @param fragments the fragment definitions in the document
 * @param fields the fields of the largest operation, fragments expanded
 */
record FragmentExpansion(int fragments, long fields) {

	/** Measures a parsed document. */
	static FragmentExpansion of(Document document) {
		Map<String, FragmentDefinition> definitions = new HashMap<>();
		List<Definition> all = document.getDefinitions();
		for (Definition<?> definition : all) {
			if (definition instanceof FragmentDefinition fragment) {
				definitions.putIfAbsent(fragment.getName(), fragment);
			}
		}
		Sizes sizes = new Sizes(definitions);
		long largest = 0;
		for (Definition<?> definition : all) {
			if (definition instanceof OperationDefinition operation) {
				largest = Math.max(largest, sizes.of(operation.getSelectionSet()));
			}
		}
		int fragments = (int) all.stream().filter(FragmentDefinition.class::isInstance).count();
		return new FragmentExpansion(fragments, largest);
	}

	/** Fragment sizes, each computed once. */
	private static final class Sizes {

		private final Map<String, FragmentDefinition> definitions;

		private final Map<String, Long> known = new HashMap<>();

		private final Set<String> measuring = new HashSet<>();

		Sizes(Map<String, FragmentDefinition> definitions) {
			this.definitions = definitions;
		}

		long of(SelectionSet set) {
			if (set == null) {
				return 0;
			}
			long size = 0;
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					size = add(size, add(1, of(field.getSelectionSet())));
				}
				else if (selection instanceof InlineFragment inline) {
					size = add(size, of(inline.getSelectionSet()));
				}
				else if (selection instanceof FragmentSpread spread) {
					size = add(size, fragment(spread.getName()));
				}
			}
			return size;
		}

		private long fragment(String name) {
			Long size = known.get(name);
			if (size != null) {
				return size;
			}
			FragmentDefinition definition = definitions.get(name);
			if (definition == null || !measuring.add(name)) {
				return 0;
			}
			long measured = of(definition.getSelectionSet());
			measuring.remove(name);
			known.put(name, measured);
			return measured;
		}

		private static long add(long a, long b) {
			long sum = a + b;
			return sum < 0 ? Long.MAX_VALUE : sum;
		}

	}

}
