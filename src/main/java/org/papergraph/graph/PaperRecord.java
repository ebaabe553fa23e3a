package org.papergraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * One paper as a source describes it; absent facts are {@code null} or empty, never invented.
 *
 * @param arxivId the arXiv id without version, or {@code null}
 * @param title the title as plain text
 * @param abstractText the abstract as plain text, or {@code null}
 * @param publishedAt the publication date, or {@code null}
 * @param authors the authors in order
 * @param upvotes Hugging Face upvotes, or {@code null}
 * @param comments Hugging Face comment count, or {@code null}
 * @param aiSummary the one-sentence summary a source generated, or {@code null}
 * @param keywords free-form keywords the source attached ({@code ai_keywords}, arXiv categories are not keywords)
 * @param repositories code repositories, official ones first
 * @param projectPage the project's home page, or {@code null}
 * @param organization the publishing organization, or {@code null}
 */
public record PaperRecord(String arxivId, String title, String abstractText, LocalDate publishedAt,
		List<AuthorRef> authors, Integer upvotes, Integer comments, String aiSummary, List<String> keywords,
		List<RepositoryRef> repositories, String projectPage, String organization) {

	public PaperRecord {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A paper needs a title");
		}
		authors = authors == null ? List.of() : List.copyOf(authors);
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
		repositories = repositories == null ? List.of() : List.copyOf(repositories);
	}

	/** The identity papers are matched on when no arXiv id is known. */
	public String titleKey() {
		return PaperIdentity.titleKey(title);
	}

	/** The id this paper is served under: its arXiv id when known, else one derived from its title. */
	public String id() {
		return arxivId != null ? arxivId : PaperIdentity.titleId(title);
	}

}
