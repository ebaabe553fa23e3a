package org.papergraph.api;

import java.util.List;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * How the GraphQL engine is put together beyond the defaults: fields handed values by their parent's statement
 * answer from them ({@link PrimedFields}); queries run with {@link PropertyObjects}, which completes objects of plain
 * properties in one step; when the request guards ({@link RequestGuards}) are the only instrumentation, the engine
 * gets them as they are, not inside a one-link chain that costs work on every field.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer engineCustomizer(ObjectProvider<Instrumentation> instrumentations,
			ObjectProvider<DataFetcherExceptionResolver> exceptionResolvers) {
		return builder -> builder.typeVisitors(List.of(new PrimedFields())).configureGraphQl(graphQl -> {
			// A strategy of one's own does not get the builder's exception handler: it is given the same one.
			graphQl.queryExecutionStrategy(new PropertyObjects(
					DataFetcherExceptionResolver.createExceptionHandler(exceptionResolvers.orderedStream().toList())));
			List<Instrumentation> all = instrumentations.orderedStream().toList();
			if (all.size() == 1) {
				graphQl.instrumentation(all.get(0));
			}
		});
	}

}
