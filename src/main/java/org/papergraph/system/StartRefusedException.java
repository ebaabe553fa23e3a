package org.papergraph.system;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * A start that papergraph refuses for a reason the person starting it can act on (the data directory is held by
 * another process or cannot be written, the store was migrated by a newer version or its migration record was
 * changed): said in one line with what to do, never as a stack trace.
 */
public class StartRefusedException extends RuntimeException {

	private final String advice;

	StartRefusedException(String message, String advice) {
		super(message);
		this.advice = advice;
	}

	/** Why the file system refused a write, in words: its own reason when it gives one. */
	static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason().toLowerCase(java.util.Locale.ROOT);
		}
		return "the file system refused it";
	}

	/** What to do instead, in one line. */
	public String advice() {
		return advice;
	}

}
