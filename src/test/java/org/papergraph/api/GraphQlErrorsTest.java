package org.papergraph.api;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.papergraph.ingest.IngestException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlErrorsTest {

	@Test
	void classifiesAnUnreachableDatabaseAsUnavailableHoweverItIsWrapped() {
		assertThat(GraphQlErrors.classify(new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687")))
			.isEqualTo(Classification.UNAVAILABLE);
		assertThat(GraphQlErrors.classify(new SessionExpiredException("gone"))).isEqualTo(Classification.UNAVAILABLE);
		assertThat(GraphQlErrors.classify(new TransientDataAccessResourceException("Unable to connect",
				new ServiceUnavailableException("Unable to connect")))).isEqualTo(Classification.UNAVAILABLE);
		assertThat(GraphQlErrors.classify(new DataAccessResourceFailureException("down")))
			.isEqualTo(Classification.UNAVAILABLE);
	}

	@Test
	void classifiesATransactionTimeoutAsTimeout() {
		assertThat(GraphQlErrors.classify(new IllegalStateException("wrapped",
				new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"))))
			.isEqualTo(Classification.TIMEOUT);
	}

	@Test
	void keepsKnownFailuresReadableAndMasksEverythingElse() {
		assertThat(GraphQlErrors.classify(new BadRequestException("first must be between 1 and 100")))
			.isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(GraphQlErrors.classify(new NotFoundException("no such paper"))).isEqualTo(ErrorType.NOT_FOUND);
		assertThat(GraphQlErrors.classify(new IngestException("No papers"))).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(GraphQlErrors.classify(new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed",
				"Node(3) already exists"))).isNull();
		assertThat(GraphQlErrors.classify(new IllegalStateException("internal detail"))).isNull();
	}

}
