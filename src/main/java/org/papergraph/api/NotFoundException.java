package org.papergraph.api;

/**
 * A lookup of something that does not exist. Classified {@code NOT_FOUND}.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
