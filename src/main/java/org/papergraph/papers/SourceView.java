package org.papergraph.papers;

/**
 * Where a paper was read from.
 *
 * @param kind the format
 * @param location the URL, file or digest
 * @param firstFetchedAt when it was first read
 * @param fetchedAt when it last changed the graph
 */
record SourceView(String kind, String location, String firstFetchedAt, String fetchedAt) {
}
