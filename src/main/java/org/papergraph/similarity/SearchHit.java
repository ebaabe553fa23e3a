package org.papergraph.similarity;

import org.papergraph.graph.PaperNode;

/**
 * A paper that matched a search, with a score comparable within one result list.
 *
 * @param score how well it matched
 * @param paper the paper
 */
public record SearchHit(double score, PaperNode paper) {
}
