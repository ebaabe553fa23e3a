package org.papergraph.api;

import graphql.schema.TypeResolver;

import org.papergraph.graph.AuthorNode;
import org.papergraph.graph.ClusterNode;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.RepositoryNode;
import org.papergraph.graph.TopicNode;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * Tells GraphQL which schema type each read model is, so interfaces such as {@code Node} resolve.
 */
@Configuration(proxyBeanMethods = false)
class NodeTypes {

	@Bean
	GraphQlSourceBuilderCustomizer nodeTypeResolver() {
		ClassNameTypeResolver resolver = new ClassNameTypeResolver();
		resolver.addMapping(PaperNode.class, "Paper");
		resolver.addMapping(TopicNode.class, "Topic");
		resolver.addMapping(RepositoryNode.class, "Repository");
		resolver.addMapping(AuthorNode.class, "Author");
		resolver.addMapping(ClusterNode.class, "Cluster");
		TypeResolver typeResolver = resolver;
		return builder -> builder.defaultTypeResolver(typeResolver);
	}

}
