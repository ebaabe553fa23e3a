package org.papergraph.similarity;

import java.util.List;

import org.papergraph.graph.PaperNode;

/**
 * A paper related to another, with its blended score and the reasons, the weightiest first.
 *
 * @param paper the related paper
 * @param score the blended relatedness, from 0 to 1: the sum of the reasons' weights
 * @param reasons why the two papers are related
 */
public record RelatedPaper(PaperNode paper, double score, List<RelationReason> reasons) {
}
