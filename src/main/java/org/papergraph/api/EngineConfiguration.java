package org.papergraph.api;

import java.util.List;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the GraphQL engine is put together beyond the defaults: fields handed values by their parent's statement
 * answer from them ({@link PrimedFields}), and a single instrumentation ({@link RequestGuards}, when it is the only
 * one) is given to the engine as it is, not inside a one-link chain that costs work on every field.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer engineCustomizer(ObjectProvider<Instrumentation> instrumentations) {
		return builder -> builder.typeVisitors(List.of(new PrimedFields())).configureGraphQl(graphQl -> {
			List<Instrumentation> all = instrumentations.orderedStream().toList();
			if (all.size() == 1) {
				graphQl.instrumentation(all.get(0));
			}
		});
	}

}
