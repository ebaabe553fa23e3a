package org.papergraph.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import org.papergraph.system.LimitsProperties;

/**
 * Spends a request's estimated cost from its client's budget (when {@code papergraph.limits.rate} is enabled), and
 * lets at most {@code papergraph.limits.max-concurrent-ingests} ingests run at once; either refusal comes before any
 * field runs and is answered 429 by {@link RateLimits}.
 */
class RequestBudgets extends SimplePerformantInstrumentation {

	private final ClientBudgets budgets;

	private final Semaphore ingests;

	private final int maxIngests;

	RequestBudgets(ClientBudgets budgets, LimitsProperties limits) {
		this.budgets = budgets;
		this.maxIngests = limits.maxConcurrentIngests();
		this.ingests = new Semaphore(maxIngests);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext().getGraphQLContext();
		QueryShape shape = context.get(QueryShape.class);
		String client = context.get(RateLimits.CLIENT);
		if (shape == null) {
			return super.beginExecuteOperation(parameters, state);
		}
		if (budgets.enabled() && client != null) {
			Duration wait = budgets.takePoints(client, shape.points());
			if (!wait.isZero()) {
				throw Rejection.abort(List.of(RateLimits.error("This request costs " + shape.points()
						+ " points, more than this client has left this minute; retry later", wait)));
			}
		}
		if (shape.ingests() == 0) {
			return super.beginExecuteOperation(parameters, state);
		}
		if (!ingests.tryAcquire(shape.ingests())) {
			throw Rejection.abort(List.of(RateLimits.error("The server already runs " + maxIngests
					+ " ingests; retry in a moment", Duration.ofSeconds(1))));
		}
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> ingests.release(shape.ingests()));
	}

}
