package org.papergraph.similarity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of embeddings, similar-paper links and clusters, bound from {@code papergraph.similarity.*}.
 *
 * @param background whether new papers are embedded and linked in the background after each ingest and at start;
 * when off, only the {@code derive} mutation does it
 * @param debounce how long after the last change mentions and clusters are recomputed
 * @param batchSize papers embedded per model call and per write
 * @param maxTextChars the longest text embedded per paper (title, a full stop, then the abstract)
 * @param neighbours how many similar papers each paper links ({@code SIMILAR_TO}, the k of k nearest)
 * @param floor the lowest cosine similarity that still links two papers
 * @param exactUpTo up to this many papers, a full rebuild compares every pair; above it, an inverted-file index
 * (k-means partitions) limits the comparisons
 * @param probes how many partitions a paper is compared against in the partitioned search
 * @param clusters how clusters are found
 */
@ConfigurationProperties("papergraph.similarity")
public record SimilarityProperties(
		@DefaultValue("true") boolean background,
		@DefaultValue("2s") Duration debounce,
		@DefaultValue("32") int batchSize,
		@DefaultValue("1200") int maxTextChars,
		@DefaultValue("10") int neighbours,
		@DefaultValue("0.5") double floor,
		@DefaultValue("5000") int exactUpTo,
		@DefaultValue("8") int probes,
		@DefaultValue Clusters clusters) {

	public SimilarityProperties {
		if (batchSize < 1 || neighbours < 1 || neighbours > 100 || probes < 1) {
			throw new IllegalArgumentException("papergraph.similarity: batch-size, neighbours (1..100) and probes must be positive");
		}
	}

	/**
	 * How clusters are found: Leiden community detection (modularity) over a weighted paper graph.
	 *
	 * @param resolution the modularity resolution; higher gives more, smaller clusters
	 * @param seed the random seed, so a graph always gives the same clusters
	 * @param iterations Leiden iterations
	 * @param minSize the smallest cluster kept; papers of smaller communities stay without a cluster
	 * @param maxGroupSize topics, keywords, repositories and authors shared by more papers than this are too common
	 * to tell communities apart and add no links
	 * @param similarityWeight link weight per unit of cosine similarity of a {@code SIMILAR_TO} pair
	 * @param topicWeight link weight per shared topic, times the lower of the two topic scores
	 * @param keywordWeight link weight per shared keyword
	 * @param repositoryWeight link weight per shared repository
	 * @param authorWeight link weight per shared author
	 */
	public record Clusters(
			@DefaultValue("1.0") double resolution,
			@DefaultValue("42") long seed,
			@DefaultValue("10") int iterations,
			@DefaultValue("2") int minSize,
			@DefaultValue("100") int maxGroupSize,
			@DefaultValue("1.0") double similarityWeight,
			@DefaultValue("0.5") double topicWeight,
			@DefaultValue("0.3") double keywordWeight,
			@DefaultValue("1.0") double repositoryWeight,
			@DefaultValue("0.5") double authorWeight) {
	}

}
