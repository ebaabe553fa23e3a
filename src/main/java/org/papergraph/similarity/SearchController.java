package org.papergraph.similarity;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.papergraph.api.Paging;
import org.papergraph.api.Prefetch;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code search}.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String query, @Argument SearchMode mode, @Argument Integer first,
			DataFetchingEnvironment env) {
		return search.search(query, mode, Paging.first(first, 10), Prefetch.selectsPaperTexts(env));
	}

}
