package org.papergraph.similarity;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import graphql.GraphQLContext;

import org.papergraph.api.Caller;
import org.papergraph.system.ApiKey;
import org.papergraph.system.LimitsProperties;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the {@code derive} mutation, for callers holding the API key, and {@code deriveStatus}: the mutation starts
 * a derive run (or joins the one going on) and waits for it at most half the request timeout, so that a long run is
 * answered with its progress instead of a 408 and goes on; {@code deriveStatus} tells how far it is.
 */
@Controller
class DeriveController {

	private final DeriveWorker worker;

	private final ApiKey apiKey;

	private final Duration wait;

	DeriveController(DeriveWorker worker, ApiKey apiKey, LimitsProperties limits) {
		this.worker = worker;
		this.apiKey = apiKey;
		this.wait = limits.requestTimeout().dividedBy(2);
	}

	@MutationMapping
	DeriveReport derive(GraphQLContext context) {
		apiKey.require(Caller.authorization(context));
		Future<DeriveReport> run = worker.start();
		try {
			return run.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return worker.status().orElseThrow();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while deriving", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Deriving failed", ex.getCause());
		}
	}

	@QueryMapping
	DeriveReport deriveStatus() {
		return worker.status().orElse(null);
	}

}
