package org.papergraph.ingest;

import org.papergraph.system.PapergraphProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the URL policy and page fetcher from {@code papergraph.fetch.*}.
 */
@Configuration(proxyBeanMethods = false)
class FetchConfiguration {

	@Bean
	UrlPolicy urlPolicy(PapergraphProperties properties) {
		return new UrlPolicy(properties.fetch(), UrlPolicy.HostResolver.system());
	}

	@Bean
	PageFetcher pageFetcher(PapergraphProperties properties, UrlPolicy urlPolicy) {
		return new PageFetcher(properties.fetch(), urlPolicy);
	}

}
