package org.papergraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphQLException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.parser.ParserOptions;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;

import graphql.validation.ValidationError;
import org.papergraph.system.LimitsProperties;
import org.springframework.graphql.execution.ErrorType;

/**
 * Holds every request to the limits of {@code papergraph.limits}: parser limits on the document, fragments and the
 * fields the operation expands to before it is validated, then, before any field is fetched, the query depth (introspection bounded apart), the estimated result nodes, {@code first} at most
 * 100, aliases, top-level fields and {@code ingest} fields. A request over a limit is refused whole with
 * {@code BAD_REQUEST} errors that name the limit; an accepted one reports its estimate in {@code extensions.cost}.
 * Introspection is refused when {@code papergraph.limits.introspection} is off.
 */
class RequestLimits extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	private final ParserOptions parserOptions;

	private final QueryShapes shapes = new QueryShapes();

	RequestLimits(LimitsProperties limits) {
		this.limits = limits;
		this.parserOptions = parserOptions(limits);
	}

	/** The parser limits of {@code papergraph.limits}. */
	static ParserOptions parserOptions(LimitsProperties limits) {
		return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
			.maxCharacters(limits.maxDocumentCharacters())
			.maxTokens(limits.maxTokens())
			.maxWhitespaceTokens(limits.maxWhitespaceTokens())
			.maxRuleDepth(limits.maxRuleDepth()));
	}

	/** What one execution measured. */
	private static final class Measured implements InstrumentationState {

		private volatile QueryShape shape;

		private volatile InvalidSyntaxException parseCancelled;

	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Measured());
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		input.getGraphQLContext().put(ParserOptions.class, parserOptions);
		if (!limits.introspection()) {
			input.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, true);
		}
		return input;
	}

	@Override
	public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
			if (failure instanceof ParseCancelledException || failure instanceof ParseCancelledTooManyCharsException
					|| failure instanceof ParseCancelledTooDeepException) {
				((Measured) state).parseCancelled = (InvalidSyntaxException) failure;
			}
		});
	}

	/**
	 * Before the document is validated: its fragment definitions and the fields its operations hold once fragments
	 * are expanded, measured in one pass ({@link FragmentExpansion}), so that neither validation nor any look-ahead
	 * ever meets a document that is small as text but huge as a query.
	 */
	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		FragmentExpansion expansion = FragmentExpansion.of(parameters.getDocument());
		List<GraphQLError> errors = new ArrayList<>();
		if (expansion.fragments() > limits.maxFragments()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, "The document defines " + expansion.fragments()
					+ " fragments; at most " + limits.maxFragments() + " are allowed",
					limit("fragments", expansion.fragments(), limits.maxFragments())));
		}
		if (expansion.fields() > limits.maxFields()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, "The operation holds " + expansion.fields()
					+ " fields once its fragments are expanded; at most " + limits.maxFields() + " are allowed",
					limit("fields", expansion.fields(), limits.maxFields())));
		}
		if (!errors.isEmpty()) {
			throw Rejection.abort(errors);
		}
		return super.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var execution = parameters.getExecutionContext();
		QueryShape shape;
		try {
			shape = shapes.of(execution.getGraphQLSchema(), execution.getExecutionInput().getQuery(),
					execution.getDocument(), execution.getExecutionInput().getOperationName(),
					execution.getCoercedVariables(), limits.unsizedListSize());
		}
		catch (GraphQLException ex) {
			throw Rejection.abort(ErrorType.BAD_REQUEST, "The request cannot be measured: " + ex.getMessage());
		}
		((Measured) state).shape = shape;
		execution.getGraphQLContext().put(QueryShape.class, shape);
		List<GraphQLError> errors = check(shape);
		if (!errors.isEmpty()) {
			throw Rejection.abort(errors);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private List<GraphQLError> check(QueryShape shape) {
		List<GraphQLError> errors = new ArrayList<>();
		for (String message : shape.badFirst()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, message, limit("first", null, Paging.MAX_FIRST)));
		}
		if (shape.depth() > limits.maxDepth()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, "The query is " + shape.depth()
					+ " levels deep; at most " + limits.maxDepth() + " are allowed",
					limit("depth", shape.depth(), limits.maxDepth())));
		}
		if (shape.introspectionDepth() > limits.maxIntrospectionDepth()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, "The introspection query is "
					+ shape.introspectionDepth() + " levels deep; at most " + limits.maxIntrospectionDepth()
					+ " are allowed", limit("introspectionDepth", shape.introspectionDepth(),
							limits.maxIntrospectionDepth())));
		}
		if (shape.rootFields() > limits.maxRootFields()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, "The operation has " + shape.rootFields()
					+ " top-level fields; at most " + limits.maxRootFields() + " are allowed",
					limit("rootFields", shape.rootFields(), limits.maxRootFields())));
		}
		if (shape.aliases() > limits.maxAliases()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, "The request has " + shape.aliases()
					+ " aliases; at most " + limits.maxAliases() + " are allowed",
					limit("aliases", shape.aliases(), limits.maxAliases())));
		}
		if (shape.ingests() > limits.maxIngests()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, "The request has " + shape.ingests()
					+ " ingest fields; at most " + limits.maxIngests() + " per request are allowed",
					limit("ingests", shape.ingests(), limits.maxIngests())));
		}
		if (shape.nodes() > limits.maxNodes()) {
			errors.add(Rejection.error(ErrorType.BAD_REQUEST, "The query may return about " + shape.nodes()
					+ " nodes (first multiplied down the nesting); at most " + limits.maxNodes()
					+ " are allowed: ask for smaller pages or split the query",
					limit("nodes", shape.nodes(), limits.maxNodes())));
		}
		return errors;
	}

	private static Map<String, Object> limit(String name, Object value, Object max) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("limit", name);
		if (value != null) {
			extensions.put("value", value);
		}
		extensions.put("max", max);
		return extensions;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Measured measured = (Measured) state;
		if (measured.parseCancelled != null) {
			List<GraphQLError> errors = result.getErrors().stream()
				.map(error -> error.getErrorType() == graphql.ErrorType.InvalidSyntax ? Rejection.error(ErrorType.BAD_REQUEST,
						measured.parseCancelled.getMessage(), limit("parser", null, parserLimits())) : error)
				.toList();
			return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
		}
		QueryShape shape = measured.shape;
		if (shape == null) {
			return CompletableFuture.completedFuture(result);
		}
		Map<Object, Object> extensions = new LinkedHashMap<>(result.getExtensions() == null ? Map.of()
				: result.getExtensions());
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("nodes", shape.nodes());
		cost.put("points", shape.points());
		cost.put("maxNodes", limits.maxNodes());
		extensions.put("cost", cost);
		return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
	}

	private Map<String, Object> parserLimits() {
		return Map.of("characters", limits.maxDocumentCharacters(), "tokens", limits.maxTokens(), "whitespaceTokens",
				limits.maxWhitespaceTokens(), "ruleDepth", limits.maxRuleDepth());
	}

}
