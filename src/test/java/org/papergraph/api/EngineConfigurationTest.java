package org.papergraph.api;

import graphql.GraphQL;

import org.junit.jupiter.api.Test;
import org.papergraph.testsupport.PapergraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class EngineConfigurationTest {

	@Autowired
	GraphQlSource source;

	@Test
	void theServedEngineCompletesPropertyObjectsInOneStep() {
		GraphQL engine = source.graphQl();

		assertThat(engine.getQueryStrategy()).isInstanceOf(PropertyObjects.class);
	}

}
