package org.papergraph.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

import org.papergraph.system.LimitsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs each GraphQL request on a worker thread while the caller's thread waits, so that the request timeout holds even
 * while data fetchers block: a request over {@code papergraph.limits.request-timeout} is answered HTTP 408. A query
 * operation runs inside one read-only Neo4j transaction with {@code papergraph.limits.read-timeout}, which every {@code
 * Neo4jClient} call of its fetchers joins: one consistent snapshot, and the database stops the work when time is up;
 * the values its statements hand to child fields ({@link PrimedValues}) are bound to the same thread. Mutations
 * manage their own transactions.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestExecution implements WebGraphQlInterceptor, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RequestExecution.class);

	private final LimitsProperties limits;

	private final PlatformTransactionManager transactions;

	private final DefaultTransactionDefinition readTransaction;

	private final ParserOptions parserOptions;

	private final Scheduler workers;

	/** Whether a document (with an operation name) is a query, for documents seen recently: parsed once each. */
	private final Cache<String, Boolean> queries = Caffeine.newBuilder()
		.maximumWeight(ParsedDocuments.MAX_CHARS)
		.weigher((String key, Boolean query) -> key.length())
		.build();

	RequestExecution(LimitsProperties limits, ObjectProvider<PlatformTransactionManager> transactionManager) {
		this.limits = limits;
		this.transactions = transactionManager.getIfAvailable();
		this.readTransaction = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
		this.readTransaction.setReadOnly(true);
		this.readTransaction.setTimeout((int) Math.max(1, limits.readTimeout().toSeconds()));
		this.readTransaction.setName("papergraph-query");
		this.parserOptions = RequestLimits.parserOptions(limits);
		this.workers = Schedulers.newBoundedElastic(Math.max(16, 8 * Runtime.getRuntime().availableProcessors()),
				10_000, "papergraph-graphql", 60, true);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		boolean query = transactions != null && isQuery(request);
		PrimedValues primed = new PrimedValues();
		if (query) {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(PrimedValues.class, primed);
				return input;
			});
		}
		Mono<WebGraphQlResponse> execution = Mono.deferContextual(context -> {
			Mono<WebGraphQlResponse> next = chain.next(request).contextWrite(context);
			if (!query) {
				return next;
			}
			return Mono.fromCallable(() -> primed.whileBound(() -> inReadTransaction(next)));
		});
		// The caller's thread waits for the worker, at most the request timeout, and returns a finished answer: the
		// HTTP layer then writes it at once, without an asynchronous dispatch back to the container.
		return Mono.deferContextual(context -> {
			CompletableFuture<WebGraphQlResponse> answer = execution.contextWrite(context).subscribeOn(workers).toFuture();
			try {
				return Mono.justOrEmpty(answer.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
			}
			catch (TimeoutException ex) {
				answer.cancel(true);
				return Mono.error(new ResponseStatusException(HttpStatus.REQUEST_TIMEOUT,
						"The request took longer than " + limits.requestTimeout().toSeconds() + " s"));
			}
			catch (ExecutionException ex) {
				return Mono.error(ex.getCause());
			}
			catch (InterruptedException ex) {
				answer.cancel(true);
				Thread.currentThread().interrupt();
				return Mono.error(ex);
			}
		});
	}

	private WebGraphQlResponse inReadTransaction(Mono<WebGraphQlResponse> next) {
		TransactionStatus status;
		try {
			status = transactions.getTransaction(readTransaction);
		}
		catch (TransactionException ex) {
			// The database is away: run anyway, so that the fields that need it fail with a classified error.
			return next.block();
		}
		WebGraphQlResponse response;
		try {
			response = next.block();
		}
		catch (RuntimeException | Error ex) {
			transactions.rollback(status);
			throw ex;
		}
		try {
			transactions.commit(status);
		}
		catch (RuntimeException ex) {
			// Nothing was written: the answer (with its classified errors) stands even if the read-only transaction
			// cannot be closed cleanly, for example after the database ended it on its timeout.
			log.debug("Closing a read-only transaction failed", ex);
		}
		return response;
	}

	private boolean isQuery(WebGraphQlRequest request) {
		String name = request.getOperationName();
		String key = (name == null ? "" : name) + "\u0000" + request.getDocument();
		return queries.get(key, k -> parsesAsQuery(request.getDocument(), name));
	}

	private boolean parsesAsQuery(String text, String name) {
		try {
			Document document = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(text)
				.parserOptions(parserOptions)
				.build());
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(operation -> name == null || name.equals(operation.getName()))
				.findFirst()
				.map(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY)
				.orElse(false);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@Override
	public void destroy() {
		workers.dispose();
	}

}
