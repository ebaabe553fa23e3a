package org.papergraph.similarity;

import java.util.Arrays;

/**
 * Undirected weighted edges between numbered nodes, accumulated without boxing: adding an edge that exists adds to
 * its weight. An open-addressing hash table keyed by the node pair.
 */
final class WeightedEdges {

	private static final long EMPTY = -1L;

	private long[] keys;

	private double[] weights;

	private int size;

	WeightedEdges(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
		keys = new long[capacity];
		weights = new double[capacity];
		Arrays.fill(keys, EMPTY);
	}

	/** Adds weight to the edge between two different nodes; self links and non-positive weights are ignored. */
	void add(int a, int b, double weight) {
		if (a == b || !(weight > 0)) {
			return;
		}
		long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
		int slot = slot(key, keys);
		if (keys[slot] == EMPTY) {
			keys[slot] = key;
			size++;
			if (size * 2 > keys.length) {
				grow();
				slot = slot(key, keys);
			}
		}
		weights[slot] += weight;
	}

	/** Sets the edge's weight to at least {@code weight}, for signals that must count once per pair. */
	void atLeast(int a, int b, double weight) {
		if (a == b || !(weight > 0)) {
			return;
		}
		long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
		int slot = slot(key, keys);
		if (keys[slot] == EMPTY) {
			add(a, b, weight);
		}
		else if (weights[slot] < weight) {
			weights[slot] = weight;
		}
	}

	/** The number of distinct edges. */
	int size() {
		return size;
	}

	/** The edges, sorted by (smaller node, larger node): {@code from[i] < to[i]} with weight {@code weight[i]}. */
	Arrays3 toArrays() {
		long[] sorted = new long[size];
		int at = 0;
		for (long key : keys) {
			if (key != EMPTY) {
				sorted[at++] = key;
			}
		}
		Arrays.sort(sorted);
		int[] from = new int[size];
		int[] to = new int[size];
		double[] weight = new double[size];
		for (int i = 0; i < size; i++) {
			from[i] = (int) (sorted[i] >>> 32);
			to[i] = (int) sorted[i];
			weight[i] = weights[slot(sorted[i], keys)];
		}
		return new Arrays3(from, to, weight);
	}

	/**
	 * Edges as parallel arrays.
	 *
	 * @param from the smaller node of each edge
	 * @param to the larger node
	 * @param weight the weight
	 */
	record Arrays3(int[] from, int[] to, double[] weight) {
	}

	private int slot(long key, long[] table) {
		int mask = table.length - 1;
		int slot = (int) (mix(key) & mask);
		while (table[slot] != EMPTY && table[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		long[] oldKeys = keys;
		double[] oldWeights = weights;
		keys = new long[oldKeys.length * 2];
		weights = new double[oldKeys.length * 2];
		Arrays.fill(keys, EMPTY);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = slot(oldKeys[i], keys);
				keys[slot] = oldKeys[i];
				weights[slot] = oldWeights[i];
			}
		}
	}

	private static long mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 29);
	}

}
