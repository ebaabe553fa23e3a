package org.papergraph.api;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answers HTTP 429 with a {@code Retry-After} header in whole seconds.
 */
class TooManyRequests extends ResponseStatusException {

	private final long retryAfterSeconds;

	TooManyRequests(String reason, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, reason);
		this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	/** Seconds to wait before trying again. */
	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		return headers;
	}

}
