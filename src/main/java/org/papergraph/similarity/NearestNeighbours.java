package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Finds every vector's k nearest neighbours by cosine similarity, in memory and on all cores: by comparing every
 * pair up to a size, and above it through an inverted-file index (vectors partitioned by seeded spherical k-means,
 * each vector compared with the members of its {@code probes} closest partitions). Each pair is compared at most
 * once and counts for both vectors.
 *
 * <p>Vectors must have unit length (see {@link #normalize}); results are deterministic for a given input and
 * settings, whatever the number of threads.
 */
final class NearestNeighbours {

	private static final int KMEANS_ROUNDS = 5;

	private static final int SAMPLE_PER_PARTITION = 20;

	private static final int QUERY_CHUNK = 256;

	private NearestNeighbours() {
	}

	/**
	 * How to search.
	 *
	 * @param k neighbours per vector
	 * @param floor the lowest similarity kept
	 * @param exactUpTo up to this many vectors, every pair is compared
	 * @param probes partitions each vector is compared against above {@code exactUpTo}
	 * @param threads worker threads
	 * @param seed the k-means seed
	 */
	record Settings(int k, float floor, int exactUpTo, int probes, int threads, long seed) {
	}

	/**
	 * Each vector's neighbours, the most similar first, and their similarities.
	 *
	 * @param neighbours for each vector, the indexes of its neighbours (at most k, never itself)
	 * @param scores the matching cosine similarities
	 * @param exact whether every pair was compared
	 * @param comparisons how many pairs were compared
	 */
	record Result(int[][] neighbours, float[][] scores, boolean exact, long comparisons) {
	}

	/** Searches the neighbours of every vector among all the others. */
	static Result search(float[][] vectors, Settings settings) {
		int n = vectors.length;
		boolean exact = n <= settings.exactUpTo();
		int partitions = exact ? 1 : Math.max(1, (int) Math.round(Math.sqrt(n)));
		int probes = Math.min(settings.probes(), partitions);
		int[][] probed;
		if (exact) {
			probed = new int[n][];
			Arrays.fill(probed, new int[] { 0 });
		}
		else {
			float[][] centroids = kMeans(vectors, partitions, settings);
			probed = closest(vectors, centroids, probes, settings.threads());
		}
		return scan(vectors, probed, partitions, settings, exact);
	}

	/** Spherical k-means on a seeded sample: unit-length centroids, points assigned by the largest dot product. */
	private static float[][] kMeans(float[][] vectors, int partitions, Settings settings) {
		Random random = new Random(settings.seed());
		int[] sample = sample(vectors.length, Math.min(vectors.length, partitions * SAMPLE_PER_PARTITION), random);
		float[][] centroids = new float[partitions][];
		for (int c = 0; c < partitions; c++) {
			centroids[c] = vectors[sample[c]].clone();
		}
		int[] assigned = new int[sample.length];
		for (int round = 0; round < KMEANS_ROUNDS; round++) {
			float[][] current = centroids;
			parallel(sample.length, settings.threads(), s -> assigned[s] = closest(vectors[sample[s]], current));
			int dimensions = vectors[0].length;
			float[][] sums = new float[partitions][dimensions];
			int[] counts = new int[partitions];
			for (int s = 0; s < sample.length; s++) {
				float[] vector = vectors[sample[s]];
				float[] sum = sums[assigned[s]];
				for (int d = 0; d < dimensions; d++) {
					sum[d] += vector[d];
				}
				counts[assigned[s]]++;
			}
			for (int c = 0; c < partitions; c++) {
				if (counts[c] == 0) {
					sums[c] = vectors[sample[random.nextInt(sample.length)]].clone();
				}
				normalize(sums[c]);
			}
			centroids = sums;
		}
		return centroids;
	}

	private static int[] sample(int n, int size, Random random) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		for (int i = 0; i < size; i++) {
			int j = i + random.nextInt(n - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		return Arrays.copyOf(all, size);
	}

	private static int closest(float[] vector, float[][] centroids) {
		int best = 0;
		float bestScore = Float.NEGATIVE_INFINITY;
		for (int c = 0; c < centroids.length; c++) {
			float score = dot(vector, centroids[c]);
			if (score > bestScore) {
				bestScore = score;
				best = c;
			}
		}
		return best;
	}

	/** For each vector, its {@code probes} closest centroids, the closest first (that one is its partition). */
	private static int[][] closest(float[][] vectors, float[][] centroids, int probes, int threads) {
		int[][] probed = new int[vectors.length][];
		parallel(vectors.length, threads, i -> {
			int[] best = new int[probes];
			float[] scores = new float[probes];
			Arrays.fill(best, Integer.MAX_VALUE);
			Arrays.fill(scores, Float.NEGATIVE_INFINITY);
			for (int c = 0; c < centroids.length; c++) {
				insert(best, scores, c, dot(vectors[i], centroids[c]), 0);
			}
			probed[i] = best;
		});
		return probed;
	}

	/**
	 * Compares, partition by partition, each partition's members with every vector that probes the partition; each
	 * thread keeps its own top-k lists, merged at the end under one total order (score, then index).
	 */
	private static Result scan(float[][] vectors, int[][] probed, int partitions, Settings settings, boolean exact) {
		int n = vectors.length;
		int k = settings.k();
		int[][] members = invert(n, partitions, i -> new int[] { probed[i][0] });
		int[][] queries = invert(n, partitions, i -> probed[i]);
		List<int[]> work = new ArrayList<>();
		for (int p = 0; p < partitions; p++) {
			for (int from = 0; from < queries[p].length; from += QUERY_CHUNK) {
				work.add(new int[] { p, from, Math.min(queries[p].length, from + QUERY_CHUNK) });
			}
		}
		int threads = Math.max(1, Math.min(settings.threads(), work.size()));
		int[][] ids = new int[threads][n * k];
		float[][] scores = new float[threads][n * k];
		long[] comparisons = new long[threads];
		AtomicInteger next = new AtomicInteger();
		runAll(threads, thread -> {
			int[] myIds = ids[thread];
			float[] myScores = scores[thread];
			Arrays.fill(myIds, Integer.MAX_VALUE);
			Arrays.fill(myScores, Float.NEGATIVE_INFINITY);
			for (int item = next.getAndIncrement(); item < work.size(); item = next.getAndIncrement()) {
				int[] range = work.get(item);
				int p = range[0];
				int[] partition = members[p];
				for (int at = range[1]; at < range[2]; at++) {
					int q = queries[p][at];
					int home = probed[q][0];
					float[] query = vectors[q];
					for (int m : partition) {
						if (m == q || !comparedHere(p, home, m, q, probed[m])) {
							continue;
						}
						float score = dot(query, vectors[m]);
						comparisons[thread]++;
						if (score >= settings.floor()) {
							insertAt(myIds, myScores, q * k, k, m, score);
							insertAt(myIds, myScores, m * k, k, q, score);
						}
					}
				}
			}
		});
		int[][] neighbours = new int[n][];
		float[][] similarities = new float[n][];
		int[] mergedIds = new int[k];
		float[] mergedScores = new float[k];
		for (int i = 0; i < n; i++) {
			Arrays.fill(mergedIds, Integer.MAX_VALUE);
			Arrays.fill(mergedScores, Float.NEGATIVE_INFINITY);
			for (int t = 0; t < threads; t++) {
				for (int j = i * k; j < i * k + k && ids[t][j] != Integer.MAX_VALUE; j++) {
					insertAt(mergedIds, mergedScores, 0, k, ids[t][j], scores[t][j]);
				}
			}
			int found = 0;
			while (found < k && mergedIds[found] != Integer.MAX_VALUE) {
				found++;
			}
			neighbours[i] = Arrays.copyOf(mergedIds, found);
			similarities[i] = Arrays.copyOf(mergedScores, found);
		}
		return new Result(neighbours, similarities, exact, Arrays.stream(comparisons).sum());
	}

	/**
	 * Whether the pair of query {@code q} (whose own partition is {@code home}) and member {@code m} of partition
	 * {@code p} is compared here: every pair that meets is compared once and updates both lists. A pair meets twice
	 * when {@code m} also probes {@code q}'s partition; then only the meeting in the lower partition (or, within one
	 * partition, with the lower query) compares it.
	 */
	private static boolean comparedHere(int p, int home, int m, int q, int[] probedByMember) {
		boolean meetsAgain = false;
		for (int probe : probedByMember) {
			if (probe == home) {
				meetsAgain = true;
				break;
			}
		}
		return !meetsAgain || p < home || (p == home && m < q);
	}

	private static int[][] invert(int n, int partitions, IntFunction<int[]> keys) {
		int[] counts = new int[partitions];
		for (int i = 0; i < n; i++) {
			for (int p : keys.apply(i)) {
				counts[p]++;
			}
		}
		int[][] lists = new int[partitions][];
		for (int p = 0; p < partitions; p++) {
			lists[p] = new int[counts[p]];
		}
		int[] fill = new int[partitions];
		for (int i = 0; i < n; i++) {
			for (int p : keys.apply(i)) {
				lists[p][fill[p]++] = i;
			}
		}
		return lists;
	}

	/** Inserts into a top list sorted by score descending, then index ascending; drops what falls off the end. */
	private static void insertAt(int[] ids, float[] scores, int base, int k, int id, float score) {
		int last = base + k - 1;
		if (score < scores[last] || (score == scores[last] && id >= ids[last])) {
			return;
		}
		int at = last;
		while (at > base && (scores[at - 1] < score || (scores[at - 1] == score && ids[at - 1] > id))) {
			scores[at] = scores[at - 1];
			ids[at] = ids[at - 1];
			at--;
		}
		scores[at] = score;
		ids[at] = id;
	}

	private static void insert(int[] ids, float[] scores, int id, float score, int base) {
		insertAt(ids, scores, base, ids.length, id, score);
	}

	/** The dot product, which is the cosine similarity of unit vectors. */
	static float dot(float[] a, float[] b) {
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		float s4 = 0;
		float s5 = 0;
		float s6 = 0;
		float s7 = 0;
		int d = 0;
		for (int end = a.length - 7; d < end; d += 8) {
			s0 += a[d] * b[d];
			s1 += a[d + 1] * b[d + 1];
			s2 += a[d + 2] * b[d + 2];
			s3 += a[d + 3] * b[d + 3];
			s4 += a[d + 4] * b[d + 4];
			s5 += a[d + 5] * b[d + 5];
			s6 += a[d + 6] * b[d + 6];
			s7 += a[d + 7] * b[d + 7];
		}
		for (; d < a.length; d++) {
			s0 += a[d] * b[d];
		}
		return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
	}

	/** Scales a vector to unit length in place; a zero vector stays zero. */
	static void normalize(float[] vector) {
		double sum = 0;
		for (float value : vector) {
			sum += value * value;
		}
		if (sum == 0) {
			return;
		}
		float scale = (float) (1 / Math.sqrt(sum));
		for (int d = 0; d < vector.length; d++) {
			vector[d] *= scale;
		}
	}

	/** Runs {@code body} for 0..n-1 on {@code threads} threads, in contiguous chunks. */
	private static void parallel(int n, int threads, IntConsumer body) {
		int workers = Math.max(1, Math.min(threads, n));
		int chunk = (n + workers - 1) / workers;
		runAll(workers, worker -> {
			for (int i = worker * chunk, end = Math.min(n, i + chunk); i < end; i++) {
				body.accept(i);
			}
		});
	}

	private static void runAll(int workers, IntConsumer worker) {
		if (workers == 1) {
			worker.accept(0);
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "papergraph-knn");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				int index = w;
				futures.add(pool.submit(() -> worker.accept(index)));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while searching neighbours", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Neighbour search failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
