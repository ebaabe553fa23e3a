package org.papergraph.graph;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.springframework.stereotype.Component;

/**
 * Embeds text in-process with the quantized all-MiniLM-L6-v2 model that ships inside its jar (384 dimensions,
 * unit length); one model per application, loaded on first use, safe to call from several threads.
 */
@Component
public class Embedder {

	/** The length of every vector the model returns. */
	public static final int DIMENSIONS = 384;

	private volatile EmbeddingModel model;

	/** The vector of one text. */
	public float[] embed(String text) {
		return embedAll(List.of(text)).get(0);
	}

	/** The vectors of several texts, in their order; one model call for all of them. */
	/** The text's embedding as a list, the form a Cypher parameter takes. */
	public List<Double> embedAsList(String text) {
		float[] vector = embed(text);
		List<Double> list = new ArrayList<>(vector.length);
		for (float component : vector) {
			list.add((double) component);
		}
		return list;
	}

	public List<float[]> embedAll(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(text.isBlank() ? "." : text)).toList();
		return model().embedAll(segments).content().stream().map(Embedding::vector).toList();
	}

	/** The text embedded for a paper: the title, a full stop, then the abstract, cut at {@code maxChars}. */
	public static String paperText(String title, String abstractText, int maxChars) {
		String text = abstractText == null || abstractText.isBlank() ? title : title + ". " + abstractText;
		return text.length() <= maxChars ? text : text.substring(0, maxChars);
	}

	/** Loads the model now, so that the first search does not wait for it (a second or two). */
	public void preload() {
		model();
	}

	private EmbeddingModel model() {
		EmbeddingModel loaded = model;
		if (loaded == null) {
			synchronized (this) {
				loaded = model;
				if (loaded == null) {
					loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
					model = loaded;
				}
			}
		}
		return loaded;
	}

}
