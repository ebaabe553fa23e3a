package org.papergraph.bench;

import java.nio.file.Path;

/**
 * The settings of one benchmark run.
 *
 * @param size the number of synthetic papers
 * @param seed the seed of the synthetic corpus, so runs are repeatable
 * @param workDir a scratch folder the benchmark may fill
 * @param concurrency client threads for latency and load benchmarks
 * @param durationSeconds how long a load benchmark runs
 */
public record BenchRun(int size, long seed, Path workDir, int concurrency, int durationSeconds) {
}
