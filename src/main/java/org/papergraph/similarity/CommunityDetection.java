package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Finds communities in a weighted undirected graph with the Leiden algorithm (modularity, seeded, so the same graph
 * always gives the same communities), and describes each: members, how much of its link weight stays inside, each
 * member's centrality, and the other communities it links to.
 */
final class CommunityDetection {

	private CommunityDetection() {
	}

	/**
	 * How to detect.
	 *
	 * @param resolution the modularity resolution (1 is standard modularity)
	 * @param seed the random seed
	 * @param iterations Leiden iterations
	 * @param minSize the smallest community kept
	 */
	record Settings(double resolution, long seed, int iterations, int minSize) {
	}

	/**
	 * One community.
	 *
	 * @param members node numbers, the most central first
	 * @param centrality each member's centrality, from 0 to 1 (its link weight inside over the largest in the community)
	 * @param quality the share of the community's link weight that stays inside it
	 * @param neighbours other communities (by position in the result) and the weight of links to each, strongest first
	 */
	record Community(int[] members, double[] centrality, double quality, List<Link> neighbours) {
	}

	/** A weighted link to another community, by its position in the result. */
	record Link(int community, double weight) {
	}

	/**
	 * The communities found.
	 *
	 * @param communities kept communities, the largest first (ties by smallest member)
	 * @param leidenMillis how long the Leiden run itself took
	 */
	record Result(List<Community> communities, long leidenMillis) {
	}

	/** Detects communities among {@code nodes} nodes linked by {@code edges}. */
	static Result detect(int nodes, WeightedEdges edges, Settings settings) {
		if (nodes == 0 || edges.size() == 0) {
			return new Result(List.of(), 0);
		}
		WeightedEdges.Arrays3 arrays = edges.toArrays();
		Network network = new Network(nodes, true,
				new LargeIntArray[] { new LargeIntArray(arrays.from()), new LargeIntArray(arrays.to()) },
				new LargeDoubleArray(arrays.weight()), false, false);
		double resolution = settings.resolution()
				/ (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
		long started = System.nanoTime();
		LeidenAlgorithm leiden = new LeidenAlgorithm(resolution, settings.iterations(),
				LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(settings.seed()));
		Clustering clustering = new Clustering(nodes);
		leiden.improveClustering(network, clustering);
		long leidenMillis = (System.nanoTime() - started) / 1_000_000;
		return new Result(describe(nodes, arrays, clustering.getClusters(), settings.minSize()), leidenMillis);
	}

	private static List<Community> describe(int nodes, WeightedEdges.Arrays3 edges, int[] assignment, int minSize) {
		int raw = Arrays.stream(assignment).max().orElse(-1) + 1;
		int[][] byRaw = new int[raw][];
		int[] counts = new int[raw];
		for (int node = 0; node < nodes; node++) {
			counts[assignment[node]]++;
		}
		for (int c = 0; c < raw; c++) {
			byRaw[c] = new int[counts[c]];
		}
		int[] fill = new int[raw];
		for (int node = 0; node < nodes; node++) {
			byRaw[assignment[node]][fill[assignment[node]]++] = node;
		}
		List<int[]> kept = new ArrayList<>();
		for (int[] members : byRaw) {
			if (members.length >= minSize) {
				kept.add(members);
			}
		}
		kept.sort(Comparator.<int[]>comparingInt(m -> -m.length).thenComparingInt(m -> m[0]));
		int[] community = new int[nodes];
		Arrays.fill(community, -1);
		for (int c = 0; c < kept.size(); c++) {
			for (int node : kept.get(c)) {
				community[node] = c;
			}
		}
		double[] inside = new double[nodes];
		double[] internal = new double[kept.size()];
		double[] boundary = new double[kept.size()];
		List<Map<Integer, Double>> links = new ArrayList<>();
		for (int c = 0; c < kept.size(); c++) {
			links.add(new HashMap<>());
		}
		for (int e = 0; e < edges.from().length; e++) {
			int a = edges.from()[e];
			int b = edges.to()[e];
			double weight = edges.weight()[e];
			int ca = community[a];
			int cb = community[b];
			if (ca >= 0 && ca == cb) {
				internal[ca] += weight;
				inside[a] += weight;
				inside[b] += weight;
				continue;
			}
			if (ca >= 0) {
				boundary[ca] += weight;
			}
			if (cb >= 0) {
				boundary[cb] += weight;
			}
			if (ca >= 0 && cb >= 0) {
				links.get(ca).merge(cb, weight, Double::sum);
				links.get(cb).merge(ca, weight, Double::sum);
			}
		}
		List<Community> result = new ArrayList<>();
		for (int c = 0; c < kept.size(); c++) {
			int[] members = kept.get(c).clone();
			double max = Arrays.stream(members).mapToDouble(m -> inside[m]).max().orElse(0);
			Integer[] order = Arrays.stream(members).boxed().toArray(Integer[]::new);
			Arrays.sort(order, Comparator.<Integer>comparingDouble(m -> -inside[m]).thenComparingInt(m -> m));
			double[] centrality = new double[members.length];
			for (int i = 0; i < order.length; i++) {
				members[i] = order[i];
				centrality[i] = max > 0 ? inside[order[i]] / max : 0;
			}
			double total = internal[c] + boundary[c];
			List<Link> neighbours = links.get(c)
				.entrySet()
				.stream()
				.map(entry -> new Link(entry.getKey(), entry.getValue()))
				.sorted(Comparator.comparingDouble(Link::weight).reversed().thenComparingInt(Link::community))
				.toList();
			result.add(new Community(members, centrality, total > 0 ? internal[c] / total : 0, neighbours));
		}
		return result;
	}

}
