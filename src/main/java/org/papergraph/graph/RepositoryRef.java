package org.papergraph.graph;

import java.util.Locale;

/**
 * A code repository linked to a paper, keyed by normalized {@code host/owner/name}.
 *
 * @param host the host, lower case (for example {@code github.com})
 * @param owner the owner as written in the link
 * @param name the repository name as written in the link, without {@code .git}
 * @param path a path inside the repository the link pointed at, or {@code null}
 * @param stars the star count the source reported, or {@code null}
 * @param official whether the source named it as the paper's own code (rather than a link found in text)
 */
public record RepositoryRef(String host, String owner, String name, String path, Integer stars, boolean official) {

	/** The unique key: {@code host/owner/name} in lower case. */
	public String key() {
		return (host + "/" + owner + "/" + name).toLowerCase(Locale.ROOT);
	}

	/** The canonical browser URL of the repository. */
	public String url() {
		return "https://" + host + "/" + owner + "/" + name;
	}

	/** The same repository with the fields the other reference knows and this one does not. */
	public RepositoryRef mergedWith(RepositoryRef other) {
		return new RepositoryRef(host, owner, name, path != null ? path : other.path,
				stars != null ? stars : other.stars, official || other.official);
	}

}
