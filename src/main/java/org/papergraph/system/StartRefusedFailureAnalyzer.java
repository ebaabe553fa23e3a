package org.papergraph.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start that papergraph refused (the data directory in use, a newer store, ...) without a stack trace. */
class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.advice(), cause);
	}

}
