package org.papergraph.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two answers as trees of maps, lists and values: the same keys, lists of the same length in the same
 * order, equal strings and booleans, numbers equal within {@value #TOLERANCE}. Keys named in {@link #OPAQUE} are
 * skipped, since papergraph encodes them and hand-written Cypher returns what they encode.
 */
final class SameData {

	/** Cursors: opaque strings in the API, the raw sort key and id in Cypher. */
	static final Set<String> OPAQUE = Set.of("cursor", "endCursor");

	/** Numbers closer than this are equal: scores are rounded to four decimals on both sides. */
	static final double TOLERANCE = 1.5e-4;

	private SameData() {
	}

	/** Where the two answers first differ, as a path such as {@code paper.related[2].score}, or empty. */
	static Optional<String> difference(Object expected, Object actual) {
		return difference("data", expected, actual);
	}

	private static Optional<String> difference(String path, Object expected, Object actual) {
		if (expected instanceof Map<?, ?> left && actual instanceof Map<?, ?> right) {
			Set<Object> keys = new HashSet<>(left.keySet());
			keys.addAll(right.keySet());
			keys.removeAll(OPAQUE);
			for (Object key : keys.stream().map(String::valueOf).sorted().toList()) {
				if (!left.containsKey(key) || !right.containsKey(key)) {
					return Optional.of(path + "." + key + " is missing on one side");
				}
				Optional<String> inner = difference(path + "." + key, left.get(key), right.get(key));
				if (inner.isPresent()) {
					return inner;
				}
			}
			return Optional.empty();
		}
		if (expected instanceof List<?> left && actual instanceof List<?> right) {
			for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
				Optional<String> inner = difference(path + "[" + i + "]", left.get(i), right.get(i));
				if (inner.isPresent()) {
					return inner;
				}
			}
			return left.size() == right.size() ? Optional.empty()
					: Optional.of(path + " has " + left.size() + " items, against " + right.size());
		}
		if (expected instanceof Number left && actual instanceof Number right) {
			return Math.abs(left.doubleValue() - right.doubleValue()) <= TOLERANCE ? Optional.empty()
					: Optional.of(path + ": " + left + " against " + right);
		}
		return Objects.equals(expected, actual) ? Optional.empty()
				: Optional.of(path + ": " + expected + " against " + actual);
	}

}
