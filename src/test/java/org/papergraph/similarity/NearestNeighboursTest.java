package org.papergraph.similarity;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearestNeighboursTest {

	private static final int DIMENSIONS = 48;

	@Test
	void findsTheMostSimilarVectorsFirstAndNeverItself() {
		float[][] vectors = { unit(1, 0, 0), unit(0.9f, 0.1f, 0), unit(0.6f, 0.8f, 0), unit(0, 1, 0), unit(0, 0, 1) };

		NearestNeighbours.Result result = NearestNeighbours.search(vectors, settings(2, 0.0f, 100));

		assertThat(result.exact()).isTrue();
		assertThat(result.neighbours()[0]).containsExactly(1, 2);
		assertThat(result.neighbours()[3]).containsExactly(2, 1);
		assertThat(result.scores()[0][0]).isGreaterThan(result.scores()[0][1]);
		for (int i = 0; i < vectors.length; i++) {
			assertThat(result.neighbours()[i]).doesNotContain(i);
		}
	}

	@Test
	void keepsOnlyNeighboursAboveTheFloor() {
		float[][] vectors = { unit(1, 0, 0), unit(0.9f, 0.1f, 0), unit(0, 1, 0), unit(0, 0, 1) };

		NearestNeighbours.Result result = NearestNeighbours.search(vectors, settings(3, 0.5f, 100));

		assertThat(result.neighbours()[0]).containsExactly(1);
		assertThat(result.neighbours()[3]).isEmpty();
	}

	@Test
	void partitionedSearchFindsAlmostAllExactNeighbours() {
		float[][] vectors = clustered(3_000, 40, new Random(3));

		NearestNeighbours.Result exact = NearestNeighbours.search(vectors, settings(10, 0.0f, Integer.MAX_VALUE));
		NearestNeighbours.Result partitioned = NearestNeighbours.search(vectors, settings(10, 0.0f, 0));

		assertThat(partitioned.exact()).isFalse();
		assertThat(partitioned.comparisons()).isLessThan(exact.comparisons() / 3);
		assertThat(recall(exact, partitioned)).isGreaterThan(0.9);
	}

	@Test
	void givesTheSameNeighboursWhateverTheNumberOfThreads() {
		float[][] vectors = clustered(1_500, 20, new Random(5));

		NearestNeighbours.Result one = NearestNeighbours.search(vectors,
				new NearestNeighbours.Settings(5, 0.2f, 0, 4, 1, 42));
		NearestNeighbours.Result four = NearestNeighbours.search(vectors,
				new NearestNeighbours.Settings(5, 0.2f, 0, 4, 4, 42));

		assertThat(four.neighbours()).isDeepEqualTo(one.neighbours());
		assertThat(four.scores()).isDeepEqualTo(one.scores());
	}

	private static double recall(NearestNeighbours.Result exact, NearestNeighbours.Result approximate) {
		long found = 0;
		long total = 0;
		for (int i = 0; i < exact.neighbours().length; i++) {
			int[] truth = exact.neighbours()[i];
			int[] got = approximate.neighbours()[i];
			total += truth.length;
			found += Arrays.stream(truth).filter(t -> Arrays.stream(got).anyMatch(g -> g == t)).count();
		}
		return (double) found / total;
	}

	private static NearestNeighbours.Settings settings(int k, float floor, int exactUpTo) {
		return new NearestNeighbours.Settings(k, floor, exactUpTo, 6, 2, 42);
	}

	static float[][] clustered(int n, int centres, Random random) {
		float[][] centre = new float[centres][DIMENSIONS];
		for (float[] c : centre) {
			for (int d = 0; d < DIMENSIONS; d++) {
				c[d] = (float) random.nextGaussian();
			}
			NearestNeighbours.normalize(c);
		}
		float[][] vectors = new float[n][DIMENSIONS];
		for (float[] v : vectors) {
			float[] c = centre[random.nextInt(centres)];
			for (int d = 0; d < DIMENSIONS; d++) {
				v[d] = c[d] + (float) random.nextGaussian() * 0.12f;
			}
			NearestNeighbours.normalize(v);
		}
		return vectors;
	}

	private static float[] unit(float... components) {
		float[] vector = components.clone();
		NearestNeighbours.normalize(vector);
		return vector;
	}

}
