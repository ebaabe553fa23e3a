package org.papergraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque keyset cursors: the sort key and id of the last item seen, encoded so clients cannot depend on their form.
 */
public final class Cursor {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Cursor() {
	}

	/** Encodes the values that position an item in its order. */
	public static String encode(Object... values) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
	}

	/** Decodes a cursor made by {@link #encode} with {@code size} values; a malformed one is a bad request. */
	public static List<Object> decode(String cursor, int size) {
		try {
			List<?> values = JSON.readValue(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)),
					List.class);
			if (values.size() != size) {
				throw new BadRequestException("The cursor does not belong to this list");
			}
			return List.copyOf(values.stream().map(v -> (Object) v).map(v -> v == null ? (Object) "" : v).toList());
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new BadRequestException("The cursor is not valid: use endCursor from a previous page");
		}
	}

}
