package org.papergraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.validation.ValidationError;

import org.papergraph.system.ApiKey;
import org.papergraph.system.LimitsProperties;
import org.springframework.stereotype.Component;

/**
 * The request guards as the engine's one instrumentation, in order: the API key for mutations
 * ({@link MutationAccess}), the request limits ({@link RequestLimits}), the client and ingest budgets
 * ({@link RequestBudgets}). They act on the whole request only (input, parse, validation, operation, result), so this
 * takes no
 * part in the per-field steps: the engine spends nothing on the guards field by field, as it would through a chain.
 */
@Component
class RequestGuards extends SimplePerformantInstrumentation {

	private final List<Instrumentation> guards;

	RequestGuards(ApiKey apiKey, LimitsProperties limits, ClientBudgets budgets) {
		this.guards = List.of(new MutationAccess(apiKey), new RequestLimits(limits), new RequestBudgets(budgets, limits));
	}

	/** Each guard's own state, in the guards' order. */
	private record States(List<InstrumentationState> each) implements InstrumentationState {
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		List<InstrumentationState> each = new ArrayList<>(guards.size());
		for (Instrumentation guard : guards) {
			CompletableFuture<InstrumentationState> state = guard.createStateAsync(parameters);
			each.add(state == null ? null : state.join());
		}
		return CompletableFuture.completedFuture(new States(each));
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		ExecutionInput result = input;
		for (int i = 0; i < guards.size(); i++) {
			result = guards.get(i).instrumentExecutionInput(result, parameters, state(state, i));
		}
		return result;
	}

	@Override
	public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		List<InstrumentationContext<Document>> contexts = new ArrayList<>(guards.size());
		for (int i = 0; i < guards.size(); i++) {
			contexts.add(guards.get(i).beginParse(parameters, state(state, i)));
		}
		return all(contexts);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		List<InstrumentationContext<List<ValidationError>>> contexts = new ArrayList<>(guards.size());
		for (int i = 0; i < guards.size(); i++) {
			contexts.add(guards.get(i).beginValidation(parameters, state(state, i)));
		}
		return all(contexts);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		List<InstrumentationContext<ExecutionResult>> contexts = new ArrayList<>(guards.size());
		for (int i = 0; i < guards.size(); i++) {
			contexts.add(guards.get(i).beginExecuteOperation(parameters, state(state, i)));
		}
		return all(contexts);
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		CompletableFuture<ExecutionResult> next = CompletableFuture.completedFuture(result);
		for (int i = 0; i < guards.size(); i++) {
			Instrumentation guard = guards.get(i);
			InstrumentationState own = state(state, i);
			next = next.thenCompose(current -> guard.instrumentExecutionResult(current, parameters, own));
		}
		return next;
	}

	private static InstrumentationState state(InstrumentationState state, int index) {
		return state instanceof States states ? states.each().get(index) : null;
	}

	/** One context that passes each event on to every guard's context that is there. */
	private static <T> InstrumentationContext<T> all(List<InstrumentationContext<T>> contexts) {
		List<InstrumentationContext<T>> present = contexts.stream().filter(java.util.Objects::nonNull).toList();
		if (present.isEmpty()) {
			return null;
		}
		return new InstrumentationContext<>() {

			@Override
			public void onDispatched() {
				present.forEach(InstrumentationContext::onDispatched);
			}

			@Override
			public void onCompleted(T result, Throwable failure) {
				present.forEach(context -> context.onCompleted(result, failure));
			}

		};
	}

}
