package org.papergraph.graph;

import java.util.List;

/**
 * Published after papers gained (new) embeddings, so signals that read them, such as topic assignment, can follow.
 *
 * @param paperIds the ids of the papers embedded
 */
public record PapersEmbedded(List<String> paperIds) {
}
