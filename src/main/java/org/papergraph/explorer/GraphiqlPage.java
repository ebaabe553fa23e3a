package org.papergraph.explorer;

import org.papergraph.system.PapergraphProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at {@code /graphiql} from the application's own files and WebJars, so that it needs nothing but this
 * origin; when {@code papergraph.graphiql} is off, none of it is served.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPage implements WebMvcConfigurer {

	private final boolean enabled;

	GraphiqlPage(PapergraphProperties properties) {
		this.enabled = properties.graphiql();
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		if (enabled) {
			registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
			registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
		}
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		if (enabled) {
			registry.addResourceHandler("/graphiql/**").addResourceLocations("classpath:/graphiql/");
		}
	}

}
