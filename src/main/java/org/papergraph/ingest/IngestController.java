package org.papergraph.ingest;

import org.papergraph.api.BadRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the {@code ingest} mutation; the API key that every mutation needs is checked before it runs (see
 * {@code api.MutationAccess}).
 */
@Controller
class IngestController {

	private final IngestService ingest;

	IngestController(IngestService ingest) {
		this.ingest = ingest;
	}

	@MutationMapping
	IngestReport ingest(@Argument IngestInput input) {
		int given = (input.text() != null ? 1 : 0) + (input.html() != null ? 1 : 0) + (input.url() != null ? 1 : 0);
		if (given != 1) {
			throw new BadRequestException("Give exactly one of text, html (with sourceUrl) or url");
		}
		if (input.sourceUrl() != null && input.html() == null) {
			throw new BadRequestException("sourceUrl goes with html");
		}
		if (input.text() != null) {
			return ingest.ingestText(input.text());
		}
		if (input.html() != null) {
			return ingest.ingestHtml(input.html(), input.sourceUrl());
		}
		return ingest.ingestUrl(input.url());
	}

}
