package org.papergraph.system;

import java.io.PrintStream;
import java.util.List;

/**
 * A one-shot command of the packaged jar ({@code java -jar papergraph.jar NAME ARGS...}): it runs, prints progress
 * and a summary, and answers an exit status: 0 on success, 1 when an input or a step failed, 2 on a usage error.
 */
public interface Command {

	/** The exit status of a command that did all it was asked. */
	int OK = 0;

	/** The exit status of a command some of whose inputs or steps failed. */
	int FAILED = 1;

	/** The exit status of a command called with arguments it does not take. */
	int USAGE = 2;

	/** The command's name on the command line. */
	String name();

	/**
	 * Runs the command.
	 *
	 * @param arguments the words after the command's name, without the {@code --papergraph.*} style settings
	 * @param out where progress and the summary go
	 * @return the exit status
	 */
	int run(List<String> arguments, PrintStream out);

}
