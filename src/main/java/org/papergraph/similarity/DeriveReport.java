package org.papergraph.similarity;

/**
 * What a derive run did and what the graph holds after it.
 *
 * @param embedded papers embedded in this run
 * @param embeddingsPending papers still waiting for an embedding
 * @param similarLinks similar-paper links in the graph
 * @param mentionLinks mention links in the graph
 * @param clusters clusters found
 */
public record DeriveReport(int embedded, long embeddingsPending, long similarLinks, long mentionLinks, long clusters) {
}
