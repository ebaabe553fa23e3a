package org.papergraph.bench;

/**
 * One measured figure, next to the baseline it is judged against (when there is one).
 *
 * @param benchmark the benchmark that measured it
 * @param name what was measured, for example {@code ingest throughput}
 * @param value the measured value
 * @param unit the unit, for example {@code papers/s} or {@code ms}
 * @param baselineName what the baseline is, or {@code null}
 * @param baseline the baseline's value in the same run, or {@code null}
 * @param goal the target in words, or {@code null}
 */
public record Figure(String benchmark, String name, double value, String unit, String baselineName, Double baseline,
		String goal) {

	/** A figure without a baseline. */
	public static Figure of(String benchmark, String name, double value, String unit) {
		return new Figure(benchmark, name, value, unit, null, null, null);
	}

	/** The value over the baseline, or {@code null} without one. */
	public Double ratio() {
		return baseline == null || baseline == 0 ? null : value / baseline;
	}

}
