package org.papergraph.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.papergraph.ingest.IngestException;
import org.papergraph.system.ApiKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors: known failures keep their readable message and get a
 * classification; a database that cannot be reached or a transaction that ran out of time get a fixed message and a
 * retryable classification; anything else stays masked as {@code INTERNAL_ERROR} with only an execution id (the log
 * holds the same id with the stack trace).
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	static final String UNAVAILABLE_MESSAGE = "The database is unavailable; retry in a few seconds";

	static final String TIMEOUT_MESSAGE = "The request took longer than its time limit; narrow it and retry";

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		ErrorClassification type = classify(ex);
		if (type == null && Thread.currentThread().isInterrupted()) {
			// The request ran out of time and its work was stopped: the client already has its answer (HTTP 408).
			type = Classification.TIMEOUT;
		}
		if (type == null) {
			return null;
		}
		String message = ex.getMessage();
		if (type == Classification.UNAVAILABLE || type == Classification.TIMEOUT) {
			log.warn("{} for executionId {}: {}", type, env.getExecutionId(), ex.toString());
			message = type == Classification.UNAVAILABLE ? UNAVAILABLE_MESSAGE : TIMEOUT_MESSAGE;
		}
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}

	/**
	 * The classification of a failure whose message may be shown, or {@code null} for one that must stay masked.
	 * Failures classified {@link Classification#UNAVAILABLE} or {@link Classification#TIMEOUT} are shown with a
	 * fixed message, never their own.
	 */
	static ErrorClassification classify(Throwable ex) {
		if (ex instanceof ApiKey.AccessDeniedException denied) {
			return denied.authenticated() ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED;
		}
		if (ex instanceof IngestException ingest) {
			return ingest.notFound() ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
		}
		if (ex instanceof BadRequestException) {
			return ErrorType.BAD_REQUEST;
		}
		if (ex instanceof NotFoundException) {
			return ErrorType.NOT_FOUND;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DataAccessResourceFailureException) {
				return Classification.UNAVAILABLE;
			}
			if (cause instanceof QueryTimeoutException || cause instanceof Neo4jException neo4j && endedByTheDatabase(neo4j)) {
				return Classification.TIMEOUT;
			}
		}
		return null;
	}

	/**
	 * Whether the database ended the transaction: its timeout passed (a query's, or a write's deadline), which it
	 * reports as timed out, as terminated, or, when the transaction was waiting for a lock, as a stopped lock client.
	 */
	private static boolean endedByTheDatabase(Neo4jException ex) {
		String code = ex.code() == null ? "" : ex.code();
		return code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")
				|| code.endsWith("LockClientStopped");
	}

}
