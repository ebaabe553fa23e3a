package org.papergraph.topics;

import java.util.List;

/**
 * One topic of the taxonomy file.
 *
 * @param slug the unique kebab-case name
 * @param name the display name
 * @param description one sentence on what it covers
 * @param phrases lower-case phrases that signal it
 * @param parent the parent's slug, or {@code null} for a root
 * @param level the depth, 0 for a root
 */
public record TaxonomyTopic(String slug, String name, String description, List<String> phrases, String parent,
		int level) {
}
