package org.papergraph.topics;

/**
 * A normalized keyword of a paper.
 *
 * @param key the normalized phrase that identifies the keyword
 * @param label a readable form of it
 * @param origin where it came from: {@code source} (the source's keywords), {@code taxonomy} (a topic phrase found
 * in the text) or {@code text} (a key phrase extracted from the text)
 */
public record PaperKeyword(String key, String label, String origin) {
}
