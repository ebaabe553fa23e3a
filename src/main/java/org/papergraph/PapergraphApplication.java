package org.papergraph;

import org.papergraph.bench.BenchCommand;
import org.papergraph.system.ApiKeyCommand;
import org.papergraph.system.Command;
import org.papergraph.system.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts papergraph: the GraphQL service when no command is given, or a one-shot command ({@code ingest},
 * {@code topics}, {@code derive}, {@code api-key}, {@code bench}; {@code help} lists them).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PapergraphApplication {

	public static void main(String[] args) {
		String first = args.length == 0 ? "" : args[0];
		switch (first) {
			case "help", "--help", "-h" -> {
				System.out.println(CommandLine.usage());
				System.exit(Command.OK);
			}
			case BenchCommand.NAME -> System.exit(BenchCommand.run(PapergraphApplication.class, args, System.out));
			case ApiKeyCommand.NAME -> System.exit(ApiKeyCommand.run(args, System.out));
			default -> {
				if (first.isEmpty() || first.startsWith("-")) {
					SpringApplication.run(PapergraphApplication.class, args);
				}
				else if (CommandLine.isApplicationCommand(first)) {
					System.exit(CommandLine.runApplicationCommand(PapergraphApplication.class, args, System.err));
				}
				else {
					System.err.println("papergraph: unknown command \"" + first + "\"");
					System.err.println(CommandLine.usage());
					System.exit(Command.USAGE);
				}
			}
		}
	}

}
