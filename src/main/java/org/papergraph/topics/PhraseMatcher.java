package org.papergraph.topics;

import org.papergraph.graph.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds taxonomy phrases in normalized words: at each position the longest phrase that matches, matches never
 * overlapping, in one pass over a word trie.
 */
final class PhraseMatcher {

	/** A phrase found in a text: its key, the topic it signals, and where it starts. */
	record Match(String phrase, String slug, int position) {
	}

	private static final class TrieNode {

		final Map<String, TrieNode> next = new HashMap<>();

		String phrase;

		String slug;

	}

	private final TrieNode root = new TrieNode();

	PhraseMatcher(List<TaxonomyTopic> topics) {
		for (TaxonomyTopic topic : topics) {
			for (String phrase : topic.phrases()) {
				TrieNode node = root;
				List<String> words = Words.of(phrase);
				for (String word : words) {
					node = node.next.computeIfAbsent(word, w -> new TrieNode());
				}
				node.phrase = String.join(" ", words);
				node.slug = topic.slug();
			}
		}
	}

	/** The phrases in the words, left to right, the longest at each position, without overlaps. */
	List<Match> find(List<String> words) {
		List<Match> matches = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			TrieNode node = root;
			Match longest = null;
			int end = i;
			for (int j = i; j < words.size(); j++) {
				node = node.next.get(words.get(j));
				if (node == null) {
					break;
				}
				if (node.phrase != null) {
					longest = new Match(node.phrase, node.slug, i);
					end = j;
				}
			}
			if (longest != null) {
				matches.add(longest);
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return matches;
	}

}
