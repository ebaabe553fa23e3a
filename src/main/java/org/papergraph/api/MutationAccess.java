package org.papergraph.api;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;

import org.papergraph.system.ApiKey;

/**
 * Requires the API key for every mutation, whatever its fields, aliases or fragments: an operation of type
 * {@code mutation} without the key is refused as {@code UNAUTHORIZED}, with a wrong key as {@code FORBIDDEN}, before
 * any field runs. A new mutation field is guarded without any code of its own. It checks before the document is
 * validated too, and runs before the request limits, so that a caller without the key learns nothing about the
 * mutation schema from validation errors or limits.
 */
class MutationAccess extends SimplePerformantInstrumentation {

	private final ApiKey apiKey;

	MutationAccess(ApiKey apiKey) {
		this.apiKey = apiKey;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		if (isMutation(parameters.getDocument(), parameters.getExecutionInput().getOperationName())) {
			require(parameters.getExecutionInput().getGraphQLContext());
		}
		return super.beginValidation(parameters, state);
	}

	/** Whether the operation the request names (or the document's only one) is a mutation; unknown ones are not. */
	private static boolean isMutation(Document document, String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (OperationDefinition operation : operations) {
			boolean named = operationName == null || operationName.isEmpty() ? operations.size() == 1
					: operationName.equals(operation.getName());
			if (named) {
				return operation.getOperation() == OperationDefinition.Operation.MUTATION;
			}
		}
		return false;
	}

	private void require(GraphQLContext context) {
		try {
			apiKey.require(Caller.authorization(context));
		}
		catch (ApiKey.AccessDeniedException denied) {
			throw Rejection.abort(GraphQlErrors.classify(denied), denied.getMessage());
		}
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var execution = parameters.getExecutionContext();
		if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
			require(execution.getGraphQLContext());
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
