package org.papergraph.ingest;

import java.time.Duration;
import java.time.Instant;

import org.papergraph.api.BadRequestException;
import org.papergraph.system.LimitsProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the {@code ingest} mutation; the API key that every mutation needs is checked before it runs (see
 * {@code api.MutationAccess}). A page is written only if all of it is by a deadline set just before the request's own
 * timeout: a request answered 408 has written nothing, and the database has rolled its transaction back.
 */
@Controller
class IngestController {

	/** How long before the request timeout the write must be done, so that no commit lands after a 408. */
	static final Duration MARGIN = Duration.ofMillis(500);

	private final IngestService ingest;

	private final Duration budget;

	IngestController(IngestService ingest, LimitsProperties limits) {
		this.ingest = ingest;
		this.budget = limits.requestTimeout().minus(MARGIN);
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
		Instant deadline = Instant.now().plus(budget);
		if (input.text() != null) {
			return ingest.ingestText(input.text(), deadline);
		}
		if (input.html() != null) {
			return ingest.ingestHtml(input.html(), input.sourceUrl(), deadline);
		}
		return ingest.ingestUrl(input.url(), deadline);
	}

}
