package org.papergraph.ingest;

import graphql.GraphQLContext;

import org.papergraph.api.BadRequestException;
import org.papergraph.api.Caller;
import org.papergraph.system.ApiKey;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the {@code ingest} mutation, for callers holding the API key.
 */
@Controller
class IngestController {

	private final IngestService ingest;

	private final ApiKey apiKey;

	IngestController(IngestService ingest, ApiKey apiKey) {
		this.ingest = ingest;
		this.apiKey = apiKey;
	}

	@MutationMapping
	IngestReport ingest(@Argument IngestInput input, GraphQLContext context) {
		apiKey.require(Caller.authorization(context));
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
