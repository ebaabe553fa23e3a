package org.papergraph.ingest;

import java.net.URI;

/**
 * A page fetched by URL, decoded as text.
 *
 * @param uri the URL finally read, after redirects
 * @param contentType the media type the server declared
 * @param body the decoded text
 */
public record FetchedPage(URI uri, String contentType, String body) {
}
