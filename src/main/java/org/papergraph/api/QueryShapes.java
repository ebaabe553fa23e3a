package org.papergraph.api;

import java.util.Collection;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;

/**
 * Remembers the {@link QueryShape} of recently sent requests (parsed document, operation and variables), so that a
 * request a client sends again is not measured again: frontends send the same few documents with the same few
 * variables. Bounded by the characters of the documents and variables held; a request with long variables (an
 * ingested listing, say) is measured each time rather than kept.
 */
final class QueryShapes {

	/** Variables longer than this, in characters of their text values, are not kept. */
	static final int MAX_VARIABLE_CHARS = 4_096;

	private final Cache<Key, QueryShape> shapes = Caffeine.newBuilder()
		.maximumWeight(ParsedDocuments.MAX_CHARS / 4)
		.weigher((Key key, QueryShape shape) -> key.documentChars() + key.variableChars())
		.build();

	/**
	 * One request as far as its shape goes: the parsed document (the same object for the same text while the
	 * parsed-document cache holds it, and compared as that object), the operation and the variables.
	 */
	private record Key(Document document, int documentChars, String operation, Map<String, Object> variables,
			int variableChars) {
	}

	/** The shape of the named operation of {@code document}, whose text is {@code text}, with these variables. */
	QueryShape of(GraphQLSchema schema, String text, Document document, String operationName,
			CoercedVariables variables, int unsizedListSize) {
		Map<String, Object> values = variables.toMap();
		int variableChars = chars(values.values(), 0);
		if (text == null || variableChars > MAX_VARIABLE_CHARS) {
			return QueryShape.of(schema, document, operationName, variables, unsizedListSize);
		}
		Key key = new Key(document, text.length(), operationName, values, variableChars);
		return shapes.get(key, k -> QueryShape.of(schema, document, operationName, variables, unsizedListSize));
	}

	/** The characters of the values' text, counting each other value as 8, up to just over the limit. */
	private static int chars(Collection<?> values, int sum) {
		for (Object value : values) {
			if (sum > MAX_VARIABLE_CHARS) {
				return sum;
			}
			if (value instanceof CharSequence text) {
				sum += text.length() + 8;
			}
			else if (value instanceof Map<?, ?> map) {
				sum = chars(map.keySet(), chars(map.values(), sum));
			}
			else if (value instanceof Collection<?> list) {
				sum = chars(list, sum + 8);
			}
			else {
				sum += 8;
			}
		}
		return sum;
	}

}
