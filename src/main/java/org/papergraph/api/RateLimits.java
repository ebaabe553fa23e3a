package org.papergraph.api;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

import graphql.GraphQLError;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Answers HTTP 429 with {@code Retry-After} to a client over its request budget, before anything is parsed, and to
 * a request that {@link RequestBudgets} refused (over the cost budget, or one ingest too many at once).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RateLimits implements WebGraphQlInterceptor {

	/** The GraphQL context key under which the client's identity is kept. */
	static final String CLIENT = "papergraph.client";

	/** The error extension that carries the seconds to wait. */
	static final String RETRY_AFTER = "retryAfterSeconds";

	private final ClientBudgets budgets;

	RateLimits(ClientBudgets budgets) {
		this.budgets = budgets;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (budgets.enabled()) {
			String client = client(request);
			Duration wait = budgets.takeRequest(client);
			if (!wait.isZero()) {
				return Mono.error(new TooManyRequests("Too many requests from this client; retry later", wait));
			}
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CLIENT, client)).build());
		}
		return chain.next(request).map(response -> {
			for (ResponseError error : response.getErrors()) {
				if (error.getErrorType() == Classification.TOO_MANY_REQUESTS) {
					Object seconds = error.getExtensions().get(RETRY_AFTER);
					throw new TooManyRequests(error.getMessage(),
							Duration.ofSeconds(seconds instanceof Number number ? number.longValue() : 1));
				}
			}
			return response;
		});
	}

	private static String client(WebGraphQlRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
	}

	/** An error that {@link #intercept} turns into HTTP 429. */
	static GraphQLError error(String message, Duration retryAfter) {
		long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		return Rejection.error(Classification.TOO_MANY_REQUESTS, message, Map.of(RETRY_AFTER, seconds));
	}

}
