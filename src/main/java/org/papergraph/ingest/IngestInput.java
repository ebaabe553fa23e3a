package org.papergraph.ingest;

/**
 * The {@code ingest} mutation's input: exactly one of text, html (with sourceUrl) or url.
 *
 * @param text a document as text
 * @param html a Hugging Face page as HTML
 * @param sourceUrl where the HTML came from
 * @param url an allowed URL or an arXiv id
 */
record IngestInput(String text, String html, String sourceUrl, String url) {
}
