package org.papergraph.ingest;

import java.util.List;

/**
 * What one ingest did: papers created, updated and unchanged, new repository links, and warnings.
 *
 * @param source the key of the source that was read
 * @param papersCreated papers that were new to the graph
 * @param papersUpdated papers that existed and gained or changed facts
 * @param papersUnchanged papers whose facts from this source were already stored
 * @param repositoriesLinked new links from papers to code repositories
 * @param warnings parts of the input that were skipped or doubtful
 * @param paperIds the ids of the papers read, in input order
 */
public record IngestReport(String source, int papersCreated, int papersUpdated, int papersUnchanged,
		int repositoriesLinked, List<String> warnings, List<String> paperIds) {

	/** How many papers the input held. */
	public int papers() {
		return papersCreated + papersUpdated + papersUnchanged;
	}

}
