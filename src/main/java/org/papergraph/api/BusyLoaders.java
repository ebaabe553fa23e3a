package org.papergraph.api;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Gives each request a batch-loader registry that dispatches only the loaders holding keys: every request registers
 * all the schema's batch loaders, and most requests use one or two of them, so the engine's dispatch at each level
 * no longer visits (and time-stamps) twenty idle loaders. Batching itself is unchanged.
 */
@Component
class BusyLoaders implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(new Registry()).build());
		return chain.next(request);
	}

	/** The request's loaders; dispatching visits those with keys waiting. */
	static final class Registry extends DataLoaderRegistry {

		@Override
		public void dispatchAll() {
			dispatchAllWithCount();
		}

		@Override
		public int dispatchAllWithCount() {
			int sum = 0;
			for (DataLoader<?, ?> loader : dataLoaders.values()) {
				if (loader.dispatchDepth() > 0) {
					sum += loader.dispatchWithCounts().getKeysCount();
				}
			}
			return sum;
		}

	}

}
