package org.papergraph.api;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Puts the request's {@code Authorization} header into the GraphQL context, where guarded operations read it.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	/** The context key under which the header value is stored. */
	static final String AUTHORIZATION = "authorization";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null) {
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(Map.of(AUTHORIZATION, authorization))
				.build());
		}
		return chain.next(request);
	}

}
