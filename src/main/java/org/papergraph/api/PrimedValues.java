package org.papergraph.api;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values one request's statements handed to child fields, by field coordinates and then by parent. It lives in
 * the request's GraphQL context; while the request runs on a worker thread it is also bound to that thread, so that
 * a field answering from it needs nothing from the engine but its parent ({@link PrimedFields}).
 */
final class PrimedValues {

	private static final ThreadLocal<PrimedValues> BOUND = new ThreadLocal<>();

	private final Map<String, Map<?, ?>> byField = new ConcurrentHashMap<>();

	/** The values of the request running on this thread, or {@code null} when none is bound. */
	static PrimedValues bound() {
		return BOUND.get();
	}

	/** Runs {@code work} with these values bound to the current thread, and unbinds them afterwards. */
	<T> T whileBound(Callable<T> work) throws Exception {
		PrimedValues before = BOUND.get();
		BOUND.set(this);
		try {
			return work.call();
		}
		finally {
			if (before == null) {
				BOUND.remove();
			}
			else {
				BOUND.set(before);
			}
		}
	}

	/**
	 * Adds values for the field at {@code coordinates}, keeping those handed before for other parents; the map is
	 * kept as it is, so the caller hands it over and changes it no more.
	 */
	void add(String coordinates, Map<?, ?> values) {
		byField.merge(coordinates, Collections.unmodifiableMap(values), (old, added) -> {
			Map<Object, Object> both = new HashMap<>(old);
			both.putAll(added);
			return both;
		});
	}

	/** The values handed to the field at {@code coordinates}, by parent; {@code null} if none. */
	Map<?, ?> of(String coordinates) {
		return byField.get(coordinates);
	}

}
