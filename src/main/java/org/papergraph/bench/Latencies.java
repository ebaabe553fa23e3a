package org.papergraph.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latencies of requests that client threads sent back to back for a while: the sorted durations, the wall time, the
 * processor time this process spent meanwhile, and how many failed; with percentiles, throughput and processor time
 * per request.
 *
 * @param nanos every request's duration in nanoseconds, sorted
 * @param seconds the wall time of the run
 * @param cpuSeconds the processor time of the whole process during the run (clients, server and embedded database),
 *     which other programs on the machine do not inflate
 * @param failed requests that failed
 */
record Latencies(long[] nanos, double seconds, double cpuSeconds, long failed) {

	/** One request of a run: sends request number {@code i} and says whether it succeeded. */
	@FunctionalInterface
	interface Request {

		boolean send(int i) throws Exception;

	}

	/**
	 * Runs requests from {@code concurrency} threads, each sending one after the other until {@code duration} has
	 * passed or {@code maxRequests} were sent in all; a request that throws counts as failed.
	 */
	static Latencies run(int concurrency, Duration duration, long maxRequests, Request request) throws Exception {
		AtomicLong sent = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long cpuStarted = processCpuNanos();
		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		ExecutorService clients = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<long[]>> parts = new ArrayList<>();
			for (int thread = 0; thread < concurrency; thread++) {
				int offset = thread;
				parts.add(clients.submit(() -> {
					long[] measured = new long[256];
					int count = 0;
					for (int i = offset; System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests;
							i += concurrency) {
						long begin = System.nanoTime();
						boolean ok;
						try {
							ok = request.send(i);
						}
						catch (Exception ex) {
							ok = false;
						}
						if (!ok) {
							failed.incrementAndGet();
						}
						if (count == measured.length) {
							measured = Arrays.copyOf(measured, count * 2);
						}
						measured[count++] = System.nanoTime() - begin;
					}
					return Arrays.copyOf(measured, count);
				}));
			}
			long[] all = new long[0];
			for (Future<long[]> part : parts) {
				long[] some = part.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
				long[] merged = Arrays.copyOf(all, all.length + some.length);
				System.arraycopy(some, 0, merged, all.length, some.length);
				all = merged;
			}
			Arrays.sort(all);
			return new Latencies(all, (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpuStarted) / 1e9,
					failed.get());
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** These latencies together with another run's. */
	Latencies plus(Latencies other) {
		long[] merged = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
		System.arraycopy(other.nanos, 0, merged, nanos.length, other.nanos.length);
		Arrays.sort(merged);
		return new Latencies(merged, seconds + other.seconds, cpuSeconds + other.cpuSeconds, failed + other.failed);
	}

	/** Processor time per completed request, in milliseconds. */
	double cpuMillisPerRequest() {
		return nanos.length == 0 ? 0 : cpuSeconds * 1000 / nanos.length;
	}

	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	/** Requests completed per second of wall time. */
	double perSecond() {
		return seconds == 0 ? 0 : nanos.length / seconds;
	}

	/** The requests completed. */
	long count() {
		return nanos.length;
	}

	/** The latency at this percentile, in milliseconds (nearest rank). */
	double percentile(int percent) {
		if (nanos.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * nanos.length) - 1;
		return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
	}

}
