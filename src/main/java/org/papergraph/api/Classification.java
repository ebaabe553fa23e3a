package org.papergraph.api;

import graphql.ErrorClassification;

/**
 * Error classifications papergraph adds to Spring's {@code ErrorType}: conditions a client should retry rather
 * than fix.
 */
public enum Classification implements ErrorClassification {

	/** The database cannot be reached right now; retrying shortly should work. */
	UNAVAILABLE,

	/** The request ran out of time (the Neo4j transaction timeout); a narrower request should work. */
	TIMEOUT,

	/** The client used up a budget, or the server runs as many ingests as it takes; retry after a pause. */
	TOO_MANY_REQUESTS

}
