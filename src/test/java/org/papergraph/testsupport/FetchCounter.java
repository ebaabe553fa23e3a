package org.papergraph.testsupport;

import java.util.concurrent.atomic.AtomicLong;

import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;

import org.springframework.boot.test.context.TestComponent;

/**
 * Counts data fetcher invocations of the test application, so that a test can prove a refused request ran none.
 */
@TestComponent
public class FetchCounter extends SimplePerformantInstrumentation {

	private final AtomicLong fetches = new AtomicLong();

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		fetches.incrementAndGet();
		return super.beginFieldFetching(parameters, state);
	}

	/** Fetches so far. */
	public long count() {
		return fetches.get();
	}

}
