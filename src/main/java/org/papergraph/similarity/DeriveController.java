package org.papergraph.similarity;

import graphql.GraphQLContext;

import org.papergraph.api.Caller;
import org.papergraph.system.ApiKey;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the {@code derive} mutation, for callers holding the API key: it runs the derive worker now and waits.
 */
@Controller
class DeriveController {

	private final DeriveWorker worker;

	private final ApiKey apiKey;

	DeriveController(DeriveWorker worker, ApiKey apiKey) {
		this.worker = worker;
		this.apiKey = apiKey;
	}

	@MutationMapping
	DeriveReport derive(GraphQLContext context) {
		apiKey.require(Caller.authorization(context));
		return worker.runNow();
	}

}
