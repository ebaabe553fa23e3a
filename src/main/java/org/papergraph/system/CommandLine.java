package org.papergraph.system;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The packaged jar's command line: which commands there are, how each is called, and how a command start is run and
 * its failures told in a line or two instead of a stack trace.
 */
public final class CommandLine {

	/** The commands that run inside the application, with its database and services. */
	private static final Set<String> APPLICATION_COMMANDS = Set.of("ingest", "topics", "derive");

	/** Settings given as arguments ({@code --papergraph.data-dir=...}), which are the application's, not a command's. */
	private static final Set<String> SETTING_PREFIXES = Set.of("--papergraph.", "--spring.", "--server.", "--logging.",
			"--management.", "--neo4j.");

	private CommandLine() {
	}

	/** Whether {@code name} is a command that runs inside the application. */
	public static boolean isApplicationCommand(String name) {
		return APPLICATION_COMMANDS.contains(name);
	}

	/** The usage of every command, for {@code help} and usage errors. */
	public static String usage() {
		return """
				usage: java -jar papergraph.jar [COMMAND] [ARGS...] [--papergraph.SETTING=VALUE...]
				  (no command)            serve the API, the explorer and GraphiQL on SERVER_PORT (8080)
				  ingest PATH_OR_URL...   read files, folders (.txt .html .xml .atom), URLs or arXiv ids
				  topics                  assign topics and keywords to every paper again
				  derive                  embed, link and cluster every paper now
				  api-key [rotate]        show where the API key is kept; rotate replaces it
				  bench [OPTIONS]         run the benchmarks (README, "Benchmarks")
				  help                    show this
				Commands that use the database need it to themselves: stop a server on the same PAPERGRAPH_DATA_DIR first.""";
	}

	/** The command's name and its own words: the arguments without the application's settings. */
	static List<String> commandWords(String[] args) {
		List<String> words = new ArrayList<>();
		for (String arg : args) {
			if (SETTING_PREFIXES.stream().noneMatch(arg::startsWith) && !arg.equals("--debug")) {
				words.add(arg);
			}
		}
		return words;
	}

	/**
	 * Runs a command that needs the application (its database and services) and answers its exit status; a start that
	 * fails is told in a line or two.
	 */
	public static int runApplicationCommand(Class<?> application, String[] args, PrintStream err) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setAdditionalProfiles("command");
		try {
			ConfigurableApplicationContext context = app.run(args);
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			StartRefusedException refused = find(ex, StartRefusedException.class);
			if (refused != null) {
				err.println("papergraph: " + refused.getMessage());
				err.println(refused.advice());
			}
			else {
				err.println("papergraph: could not start: " + describe(ex));
			}
			return Command.FAILED;
		}
	}

	/** What went wrong, in one line: the first line of the deepest cause's message, and of the failure's own. */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String rootMessage = firstLine(root);
		String topMessage = firstLine(failure);
		return root == failure || topMessage.contains(rootMessage) ? topMessage : rootMessage + " (" + topMessage + ")";
	}

	private static String firstLine(Throwable t) {
		String message = t.getMessage();
		return message == null || message.isBlank() ? t.getClass().getSimpleName()
				: message.lines().findFirst().orElse(message);
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
