package org.papergraph.api;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

import org.papergraph.system.ApiKey;

/**
 * Requires the API key for every mutation, whatever its fields, aliases or fragments: an operation of type
 * {@code mutation} without the key is refused as {@code UNAUTHORIZED}, with a wrong key as {@code FORBIDDEN}, before
 * any field runs. A new mutation field is guarded without any code of its own. Runs before the request limits, so
 * that an anonymous caller learns nothing else about a mutation.
 */
class MutationAccess extends SimplePerformantInstrumentation {

	private final ApiKey apiKey;

	MutationAccess(ApiKey apiKey) {
		this.apiKey = apiKey;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var execution = parameters.getExecutionContext();
		if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
			try {
				apiKey.require(Caller.authorization(execution.getGraphQLContext()));
			}
			catch (ApiKey.AccessDeniedException denied) {
				throw Rejection.abort(GraphQlErrors.classify(denied), denied.getMessage());
			}
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
