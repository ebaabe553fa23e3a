/**
 * What every GraphQL operation shares: the caller's credentials and the API key check for every mutation, the
 * request limits (depth, estimated nodes, {@code first}, aliases, top-level fields, parser limits, the request
 * timeout, one read-only transaction per query), per-client budgets and the ingest bulkhead, and one mapping from
 * exceptions to classified, readable errors.
 */
package org.papergraph.api;
