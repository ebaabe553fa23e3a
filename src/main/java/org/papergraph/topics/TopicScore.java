package org.papergraph.topics;

import java.util.List;

/**
 * A topic assigned to a paper, with its score and the evidence that assigned it.
 *
 * @param slug the topic
 * @param score how strongly the paper is about it, from 0 to 1
 * @param evidence readable signals, for example {@code "long context" in title}
 * @param method the kinds of signal that assigned it: {@code phrases}, {@code embedding} or both
 */
public record TopicScore(String slug, double score, List<String> evidence, String method) {
}
