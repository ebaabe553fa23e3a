package org.papergraph.system;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the one command named by the first argument of a {@code command}-profile start and keeps its exit status for
 * {@code SpringApplication.exit}.
 */
@Component
@Profile("command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command> commands;

	private final PrintStream out = System.out;

	private int exitCode = Command.USAGE;

	CommandRunner(List<Command> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = CommandLine.commandWords(args.getSourceArgs());
		Optional<Command> command = words.isEmpty() ? Optional.empty()
				: commands.stream().filter(c -> c.name().equals(words.get(0))).findFirst();
		if (command.isEmpty()) {
			out.println(CommandLine.usage());
			exitCode = Command.USAGE;
			return;
		}
		try {
			exitCode = command.get().run(words.subList(1, words.size()), out);
		}
		catch (RuntimeException ex) {
			out.println(command.get().name() + " failed: " + CommandLine.describe(ex));
			exitCode = Command.FAILED;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
