package org.papergraph.api;

import graphql.GraphQLContext;

/**
 * Reads who is calling from the GraphQL context.
 */
public final class Caller {

	private Caller() {
	}

	/** The {@code Authorization} header of the request, or {@code null}. */
	public static String authorization(GraphQLContext context) {
		return context.get(CallerInterceptor.AUTHORIZATION);
	}

}
