package org.papergraph.api;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/**
 * Refuses a whole request before any field is fetched, with classified errors that say what to change.
 */
final class Rejection {

	private Rejection() {
	}

	/** A classified error with a readable message and extensions that name the limit. */
	static GraphQLError error(ErrorClassification type, String message, Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError().errorType(type).message(message).extensions(extensions).build();
	}

	/** Aborts the execution with the given errors; graphql-java turns them into the response. */
	static AbortExecutionException abort(List<GraphQLError> errors) {
		return new AbortExecutionException(errors);
	}

	/** Aborts the execution with one error. */
	static AbortExecutionException abort(ErrorClassification type, String message) {
		return abort(List.of(error(type, message, Map.of())));
	}

}
