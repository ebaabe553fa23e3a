package org.papergraph.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.papergraph.ingest.IngestException;
import org.papergraph.system.ApiKey;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors: known failures keep their readable message and get a
 * classification; anything else stays masked as {@code INTERNAL_ERROR} with only an execution id.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		ErrorType type;
		if (ex instanceof ApiKey.AccessDeniedException denied) {
			type = denied.authenticated() ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED;
		}
		else if (ex instanceof IngestException ingest) {
			type = ingest.notFound() ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
		}
		else if (ex instanceof BadRequestException) {
			type = ErrorType.BAD_REQUEST;
		}
		else if (ex instanceof NotFoundException) {
			type = ErrorType.NOT_FOUND;
		}
		else {
			return null;
		}
		return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
	}

}
