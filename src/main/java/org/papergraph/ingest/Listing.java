package org.papergraph.ingest;

import java.util.List;

import org.papergraph.graph.PaperRecord;

/**
 * What a parser read from one page or file: its kind, its papers, and warnings about what it had to skip.
 *
 * @param kind the source format, for example {@code hf-listing}
 * @param papers the papers, in page order
 * @param warnings readable notes on skipped or doubtful parts
 */
public record Listing(SourceKind kind, List<PaperRecord> papers, List<String> warnings) {

	public Listing {
		papers = List.copyOf(papers);
		warnings = List.copyOf(warnings);
	}

}
