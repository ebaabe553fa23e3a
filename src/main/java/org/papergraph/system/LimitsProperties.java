package org.papergraph.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits every request is held to, bound from {@code papergraph.limits.*}; each refusal is a classified error
 * that names the limit.
 *
 * @param maxDepth the deepest field nesting of a data query ({@code { stats { papers } }} is 2 deep)
 * @param maxIntrospectionDepth the deepest nesting under {@code __schema} and {@code __type}, bounded apart so that
 * GraphiQL's introspection query (about 13 deep) keeps working
 * @param maxNodes the largest estimated number of result nodes: {@code first} multiplied down the nesting
 * @param unsizedListSize the items assumed for a list of objects that takes no {@code first} or {@code limit}
 * @param maxAliases aliased fields per request
 * @param maxRootFields top-level fields per operation (introspection fields not counted)
 * @param maxIngests {@code ingest} fields per request
 * @param maxBodySize the largest HTTP request body; a larger one is answered 413 before it is read
 * @param maxDocumentCharacters the longest GraphQL document (large text belongs in variables)
 * @param maxTokens grammar tokens per GraphQL document
 * @param maxWhitespaceTokens whitespace and comment tokens per GraphQL document
 * @param maxRuleDepth the deepest grammar rule nesting while parsing
 * @param maxFragments fragment definitions per GraphQL document, checked before the document is validated
 * @param maxFields fields an operation holds once every fragment spread is replaced by its fragment, counted in one
 * pass over the document (each fragment measured once) before it is validated
 * @param requestTimeout how long one GraphQL request may take before it is answered 408
 * @param readTimeout the Neo4j transaction timeout of a query operation (one read-only transaction per request)
 * @param writeTimeout the Neo4j transaction timeout of an ingest write
 * @param databaseTransactionTimeout the embedded database's own backstop for any transaction
 * @param introspection whether schema introspection (and the schema printer) is served
 * @param maxConcurrentIngests ingests that may run at once; one more is answered 429
 * @param rate per-client budgets
 */
@ConfigurationProperties("papergraph.limits")
public record LimitsProperties(
		@DefaultValue("12") int maxDepth,
		@DefaultValue("20") int maxIntrospectionDepth,
		@DefaultValue("10000") long maxNodes,
		@DefaultValue("20") int unsizedListSize,
		@DefaultValue("20") int maxAliases,
		@DefaultValue("5") int maxRootFields,
		@DefaultValue("1") int maxIngests,
		@DefaultValue("6MB") DataSize maxBodySize,
		@DefaultValue("100000") int maxDocumentCharacters,
		@DefaultValue("5000") int maxTokens,
		@DefaultValue("50000") int maxWhitespaceTokens,
		@DefaultValue("200") int maxRuleDepth,
		@DefaultValue("100") int maxFragments,
		@DefaultValue("5000") long maxFields,
		@DefaultValue("10s") Duration requestTimeout,
		@DefaultValue("5s") Duration readTimeout,
		@DefaultValue("60s") Duration writeTimeout,
		@DefaultValue("60s") Duration databaseTransactionTimeout,
		@DefaultValue("true") boolean introspection,
		@DefaultValue("2") int maxConcurrentIngests,
		@DefaultValue Rate rate) {

	/**
	 * Per-client budgets, refilled continuously; a request over budget is answered 429 with {@code Retry-After}.
	 * Clients are told apart by their remote address.
	 *
	 * @param enabled whether budgets apply at all
	 * @param requestsPerMinute GraphQL requests per client and minute
	 * @param pointsPerMinute cost points per client and minute; a request costs one point per 100 estimated nodes,
	 * at least one
	 */
	public record Rate(
			@DefaultValue("false") boolean enabled,
			@DefaultValue("60") int requestsPerMinute,
			@DefaultValue("1000") int pointsPerMinute) {
	}

}
