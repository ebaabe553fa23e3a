package org.papergraph.api;

/**
 * An argument a client must change; the message says how. Classified {@code BAD_REQUEST}.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
