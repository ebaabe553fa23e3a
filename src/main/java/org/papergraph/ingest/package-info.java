/**
 * Reads sources into the graph: fetching (allowlisted and capped), pure parsers from text to paper records,
 * and batched, idempotent upserts, one transaction per page.
 */
package org.papergraph.ingest;
