package org.papergraph.bench;

import java.util.List;

/**
 * One benchmark of the {@code bench} command: it measures a papergraph path and, in the same run, the baseline that
 * path is judged against, and returns the figures.
 */
public interface Benchmark {

	/** A short name used to select it on the command line, for example {@code ingest}. */
	String name();

	/** Runs the benchmark at the run's size and returns its figures. */
	List<Figure> run(BenchRun run) throws Exception;

}
