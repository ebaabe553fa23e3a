package org.papergraph.api;

/**
 * Page-size rules shared by every list: {@code first} defaults per field and must lie between 1 and
 * {@value #MAX_FIRST}; out-of-range values are refused, never clamped.
 */
public final class Paging {

	/** The largest page any list serves. */
	public static final int MAX_FIRST = 100;

	private Paging() {
	}

	/** The page size to use for a {@code first} argument. */
	public static int first(Integer first, int defaultSize) {
		if (first == null) {
			return defaultSize;
		}
		if (first < 1 || first > MAX_FIRST) {
			throw new BadRequestException("first must be between 1 and " + MAX_FIRST + ", got " + first);
		}
		return first;
	}

}
