package org.papergraph.similarity;

/**
 * One reason two papers are related.
 *
 * @param kind the kind of link
 * @param detail a readable explanation, for example {@code both about infinite-context}
 * @param weight what this reason adds to the related paper's score
 */
public record RelationReason(ReasonKind kind, String detail, double weight) {
}
