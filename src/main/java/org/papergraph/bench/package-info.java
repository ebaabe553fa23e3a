/**
 * Benchmarks that measure papergraph against a baseline in the same run, and the synthetic corpus they run on.
 */
package org.papergraph.bench;
