package org.papergraph.system;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks the database not to send notifications of the {@code UNRECOGNIZED} kind (a label, relationship type or
 * property the graph does not hold yet): queries name every kind of node a graph may hold, a young graph lacks some,
 * and the database would otherwise describe that on every answer, for the application to format and drop.
 */
@Configuration(proxyBeanMethods = false)
class DriverConfiguration {

	@Bean
	ConfigBuilderCustomizer quietUnrecognizedNames() {
		return builder -> builder
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
