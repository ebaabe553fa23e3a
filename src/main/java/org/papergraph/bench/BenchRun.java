package org.papergraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings of one benchmark run.
 *
 * @param size the number of synthetic papers
 * @param seed the seed of the synthetic corpus, so runs are repeatable
 * @param workDir a scratch folder the benchmark may fill
 * @param concurrency client threads for latency and load benchmarks
 * @param durationSeconds how long a load benchmark runs
 * @param operations the contract operations the {@code api} benchmark times, or empty for all
 * @param warmupSeconds how long the {@code api} benchmark runs every operation before it measures any
 */
public record BenchRun(int size, long seed, Path workDir, int concurrency, int durationSeconds,
		List<String> operations, int warmupSeconds) {

	/** A run of every contract operation, without a warm-up. */
	public BenchRun(int size, long seed, Path workDir, int concurrency, int durationSeconds) {
		this(size, seed, workDir, concurrency, durationSeconds, List.of(), 0);
	}

}
