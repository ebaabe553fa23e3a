package org.papergraph.similarity;

/**
 * What a derive run did (or has done so far) and what the graph holds after it (or now).
 *
 * @param embedded papers embedded in this run
 * @param embeddingsPending papers still waiting for an embedding
 * @param similarLinks similar-paper links in the graph
 * @param mentionLinks mention links in the graph
 * @param clusters clusters found
 * @param running whether the run was still going when this was reported: the figures are then what it has done so far
 */
public record DeriveReport(int embedded, long embeddingsPending, long similarLinks, long mentionLinks, long clusters,
		boolean running) {
}
