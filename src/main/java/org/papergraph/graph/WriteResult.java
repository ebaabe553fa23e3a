package org.papergraph.graph;

import java.util.List;

/**
 * What writing one page changed.
 *
 * @param created papers that were new
 * @param updated papers that existed and gained or changed facts
 * @param unchanged papers whose facts from this source were already stored
 * @param repositoriesLinked paper-to-repository links that were new
 * @param paperIds the ids of the page's papers, as stored after the write
 */
public record WriteResult(int created, int updated, int unchanged, int repositoriesLinked, List<String> paperIds) {
}
