package org.papergraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection page: edges with opaque cursors, page info and the total count of matches.
 *
 * @param edges the items of this page with their cursors
 * @param pageInfo where the page stands
 * @param totalCount how many items match across all pages
 * @param <T> the item type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	/** An item and its cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where a page stands. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * Builds a page from up to {@code first + 1} fetched items: the extra item only tells that a next page exists.
	 */
	public static <T> Connection<T> of(List<T> fetched, int first, boolean afterGiven, int totalCount,
			Function<T, String> cursor) {
		List<Edge<T>> edges = new ArrayList<>();
		for (T item : fetched.subList(0, Math.min(first, fetched.size()))) {
			edges.add(new Edge<>(cursor.apply(item), item));
		}
		PageInfo info = new PageInfo(fetched.size() > first, afterGiven,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, info, totalCount);
	}

}
