package org.papergraph.ingest;

/**
 * Input that cannot be ingested, with a message fit for the person who sent it; nothing was written.
 */
public class IngestException extends RuntimeException {

	private final boolean notFound;

	public IngestException(String message) {
		this(message, false, null);
	}

	public IngestException(String message, Throwable cause) {
		this(message, false, cause);
	}

	IngestException(String message, boolean notFound, Throwable cause) {
		super(message, cause);
		this.notFound = notFound;
	}

	/** Whether the input named something that does not exist upstream (an HTTP 404), rather than bad input. */
	public boolean notFound() {
		return notFound;
	}

}
