package org.papergraph.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque keyset cursors: the list they belong to (its name and order), then the sort key and id of the last item
 * seen, encoded so clients cannot depend on their form. Decoding checks all of it: a cursor that is not one of ours,
 * belongs to another list or order, or holds a value of another type or out of range is a bad request, never a
 * failure further down.
 */
public final class Cursor {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Longer than any cursor this class makes. */
	private static final int MAX_LENGTH = 2_000;

	private static final String NOT_VALID = "The cursor is not valid: use endCursor from a previous page";

	private static final String OTHER_LIST = "The cursor does not belong to this list: use endCursor from a previous page "
			+ "of the same list in the same order";

	private Cursor() {
	}

	/** Encodes the values that position an item in the list named {@code list} (with its order, if any). */
	public static String encode(String list, Object... values) {
		Object[] all = new Object[values.length + 1];
		all[0] = list;
		System.arraycopy(values, 0, all, 1, values.length);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(all));
	}

	/**
	 * Decodes a cursor made by {@link #encode} for the list named {@code list}, whose values have the given types
	 * ({@code String}, {@code Long} or {@code Double}); anything else is a bad request.
	 */
	public static List<Object> decode(String cursor, String list, Class<?>... types) {
		if (cursor == null || cursor.length() > MAX_LENGTH) {
			throw new BadRequestException(NOT_VALID);
		}
		List<?> values;
		try {
			values = JSON.readValue(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)), List.class);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new BadRequestException(NOT_VALID);
		}
		if (values == null || values.size() != types.length + 1 || !list.equals(values.get(0))) {
			throw new BadRequestException(OTHER_LIST);
		}
		List<Object> position = new ArrayList<>();
		for (int i = 0; i < types.length; i++) {
			position.add(value(values.get(i + 1), types[i]));
		}
		return List.copyOf(position);
	}

	private static Object value(Object value, Class<?> type) {
		if (type == String.class && (value == null || value instanceof String)) {
			return value == null ? "" : value;
		}
		if (type == Long.class && (value instanceof Integer || value instanceof Long)) {
			return ((Number) value).longValue();
		}
		if (type == Double.class && (value instanceof Integer || value instanceof Long || value instanceof Double)
				&& Double.isFinite(((Number) value).doubleValue())) {
			return ((Number) value).doubleValue();
		}
		throw new BadRequestException(OTHER_LIST);
	}

}
