package org.papergraph.papers;

import java.util.List;

import org.papergraph.graph.TopicNode;

/**
 * A paper's topic with its score and evidence.
 *
 * @param topic the topic
 * @param score how strongly the paper is about it
 * @param evidence the signals that assigned it
 */
record PaperTopic(TopicNode topic, double score, List<String> evidence) {
}
