package org.papergraph.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the HTTP layer enforces before GraphQL sees a request: the body size limit (413), a JSON body that is one object
 * (400 otherwise, batches included), and CORS for the origins of {@code papergraph.cors.allowed-origins} only (none by
 * default). Spring for GraphQL itself answers 405 to anything but POST on {@code /graphql} and 415 to a body that is
 * not JSON.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(LimitsProperties limits) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(limits.maxBodySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<JsonObjectBody> jsonObjectBody(Environment environment) {
		FilterRegistrationBean<JsonObjectBody> registration = new FilterRegistrationBean<>(
				new JsonObjectBody(environment.getProperty("spring.graphql.http.path", "/graphql")));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	WebMvcConfigurer graphQlCors(CorsProperties cors, Environment environment) {
		String path = environment.getProperty("spring.graphql.http.path", "/graphql");
		return new WebMvcConfigurer() {
			@Override
			public void addCorsMappings(CorsRegistry registry) {
				if (!cors.allowedOrigins().isEmpty()) {
					registry.addMapping(path)
						.allowedOrigins(cors.allowedOrigins().toArray(String[]::new))
						.allowedMethods("POST")
						.allowedHeaders("Content-Type", "Accept", "Authorization")
						.allowCredentials(false)
						.maxAge(cors.maxAge().toSeconds());
				}
			}
		};
	}

}
