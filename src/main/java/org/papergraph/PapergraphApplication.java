package org.papergraph;

import org.papergraph.bench.BenchCommand;
import org.papergraph.ingest.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts papergraph: the GraphQL service by default, or a one-shot command such as {@code ingest} or {@code bench}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PapergraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && IngestCommand.NAME.equals(args[0])) {
			SpringApplication app = new SpringApplication(PapergraphApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(app.run(args)));
		}
		if (args.length > 0 && BenchCommand.NAME.equals(args[0])) {
			System.exit(BenchCommand.run(PapergraphApplication.class, args, System.out));
		}
		SpringApplication.run(PapergraphApplication.class, args);
	}

}
