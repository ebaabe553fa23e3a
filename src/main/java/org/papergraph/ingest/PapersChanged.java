package org.papergraph.ingest;

import java.util.List;

/**
 * Published after a committed ingest created or updated papers, so derived data (topics, similarity, clusters) can
 * follow.
 *
 * @param paperIds the ids of the created and updated papers
 */
public record PapersChanged(List<String> paperIds) {
}
