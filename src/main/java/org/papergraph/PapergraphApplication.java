package org.papergraph;

import java.util.Set;

import org.papergraph.bench.BenchCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts papergraph: the GraphQL service by default, or a one-shot command ({@code ingest}, {@code topics},
 * {@code derive}, {@code bench}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PapergraphApplication {

	/** The one-shot commands of the {@code command} profile: each runs, prints a summary and exits with a status. */
	static final Set<String> COMMANDS = Set.of("ingest", "topics", "derive");

	public static void main(String[] args) {
		if (args.length > 0 && BenchCommand.NAME.equals(args[0])) {
			System.exit(BenchCommand.run(PapergraphApplication.class, args, System.out));
		}
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			SpringApplication app = new SpringApplication(PapergraphApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(app.run(args)));
		}
		SpringApplication.run(PapergraphApplication.class, args);
	}

}
