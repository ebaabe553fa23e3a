package org.papergraph.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.papergraph.graph.Embedder;

/**
 * The embedding of each topic's profile (name, description and phrases), to compare papers' embeddings with.
 *
 * @param bySlug unit vectors by topic slug
 */
public record TopicVectors(Map<String, float[]> bySlug) {

	/** Embeds every topic of the taxonomy. */
	public static TopicVectors of(Taxonomy taxonomy, Embedder embedder) {
		List<String> texts = new ArrayList<>();
		for (TaxonomyTopic topic : taxonomy.topics()) {
			texts.add(topic.name() + ": " + topic.description() + " " + String.join(", ", topic.phrases()));
		}
		List<float[]> vectors = embedder.embedAll(texts);
		Map<String, float[]> bySlug = new LinkedHashMap<>();
		for (int i = 0; i < vectors.size(); i++) {
			bySlug.put(taxonomy.topics().get(i).slug(), vectors.get(i));
		}
		return new TopicVectors(bySlug);
	}

	/** The cosine similarity of a unit paper vector to every topic, by slug. */
	Map<String, Double> cosines(float[] paper) {
		Map<String, Double> result = new LinkedHashMap<>();
		bySlug.forEach((slug, topic) -> {
			double dot = 0;
			for (int i = 0; i < Math.min(paper.length, topic.length); i++) {
				dot += paper[i] * topic[i];
			}
			result.put(slug, dot);
		});
		return result;
	}

}
