package org.papergraph.topics;

import org.papergraph.graph.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The topic taxonomy read from its YAML file, validated: unique kebab-case slugs, a name, a one-sentence description
 * and phrases for every topic, each phrase in one topic only, and no phrase that is only "infinite" or "infinity".
 *
 * @param topics the topics, parents before children
 * @param hash a digest of the file, to tell whether it changed
 */
public record Taxonomy(List<TaxonomyTopic> topics, String hash) {

	/** Words that never signal a topic on their own: every paper of the seed listing uses them, in unrelated senses. */
	static final Set<String> MEANINGLESS_ALONE = Set.of("infinite", "infinity", "infinitely", "unbounded", "endless");

	/** Reads and validates a taxonomy file. */
	public static Taxonomy load(Resource resource) {
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the taxonomy " + resource, ex);
		}
		return parse(new String(bytes, StandardCharsets.UTF_8));
	}

	/** Parses and validates taxonomy YAML. */
	public static Taxonomy parse(String yaml) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (!(root instanceof List<?> roots)) {
			throw new IllegalArgumentException("The taxonomy must be a YAML list of topics");
		}
		List<TaxonomyTopic> topics = new ArrayList<>();
		for (Object node : roots) {
			add(node, null, 0, topics);
		}
		validate(topics);
		return new Taxonomy(List.copyOf(topics), digest(yaml));
	}

	/** A topic by slug. */
	public Optional<TaxonomyTopic> topic(String slug) {
		return topics.stream().filter(t -> t.slug().equals(slug)).findFirst();
	}

	/** The slugs of a topic's ancestors, nearest first. */
	public List<String> ancestors(String slug) {
		Map<String, String> parents = new HashMap<>();
		topics.forEach(t -> parents.put(t.slug(), t.parent()));
		List<String> result = new ArrayList<>();
		for (String parent = parents.get(slug); parent != null; parent = parents.get(parent)) {
			result.add(parent);
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static void add(Object node, String parent, int level, List<TaxonomyTopic> topics) {
		if (!(node instanceof Map<?, ?> raw)) {
			throw new IllegalArgumentException("Every taxonomy entry must be a map with slug, name, description, phrases");
		}
		Map<String, Object> map = (Map<String, Object>) raw;
		String slug = text(map, "slug", null);
		List<String> phrases = new ArrayList<>();
		if (map.get("phrases") instanceof List<?> list) {
			list.forEach(p -> phrases.add(String.valueOf(p).strip()));
		}
		topics.add(new TaxonomyTopic(slug, text(map, "name", slug), text(map, "description", slug), List.copyOf(phrases),
				parent, level));
		if (map.get("children") instanceof List<?> children) {
			for (Object child : children) {
				add(child, slug, level + 1, topics);
			}
		}
	}

	private static String text(Map<String, Object> map, String key, String slug) {
		Object value = map.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new IllegalArgumentException("Taxonomy topic " + (slug == null ? "" : slug + " ") + "lacks " + key);
		}
		return String.valueOf(value).strip();
	}

	private static void validate(List<TaxonomyTopic> topics) {
		Map<String, String> phraseOwner = new LinkedHashMap<>();
		Set<String> slugs = new java.util.HashSet<>();
		for (TaxonomyTopic topic : topics) {
			if (!topic.slug().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
				throw new IllegalArgumentException("Taxonomy slug must be lower-case kebab-case: " + topic.slug());
			}
			if (!slugs.add(topic.slug())) {
				throw new IllegalArgumentException("Taxonomy slug appears twice: " + topic.slug());
			}
			if (topic.phrases().isEmpty()) {
				throw new IllegalArgumentException("Taxonomy topic " + topic.slug() + " has no phrases");
			}
			for (String phrase : topic.phrases()) {
				String key = Words.key(phrase);
				if (key.isEmpty() || MEANINGLESS_ALONE.containsAll(Words.of(phrase))) {
					throw new IllegalArgumentException("Taxonomy phrase \"" + phrase + "\" of " + topic.slug()
							+ " says nothing on its own");
				}
				String owner = phraseOwner.putIfAbsent(key, topic.slug());
				if (owner != null && !owner.equals(topic.slug())) {
					throw new IllegalArgumentException("Taxonomy phrase \"" + phrase + "\" belongs to both " + owner
							+ " and " + topic.slug());
				}
			}
		}
	}

	private static String digest(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
