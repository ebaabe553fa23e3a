package org.papergraph.system;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code papergraph api-key [rotate]}: shows where the generated API key is kept, or replaces it with a new one. It
 * reads only the settings, never the database, so it also works while a server runs; a running server takes the new
 * key at its next write request.
 */
public final class ApiKeyCommand {

	/** The command's name on the command line. */
	public static final String NAME = "api-key";

	private ApiKeyCommand() {
	}

	/** Runs the command; {@code args} start with {@code api-key}. */
	public static int run(String[] args, PrintStream out) {
		List<String> words = CommandLine.commandWords(args);
		List<String> rest = words.subList(1, words.size());
		if (rest.size() > 1 || (rest.size() == 1 && !rest.get(0).equals("rotate"))) {
			out.println("usage: java -jar papergraph.jar api-key [rotate]");
			return Command.USAGE;
		}
		PapergraphProperties properties;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.profiles("command")
			.run(args)) {
			properties = context.getBean(PapergraphProperties.class);
		}
		if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
			out.println("The API key is set by PAPERGRAPH_API_KEY; change it there.");
			return rest.isEmpty() ? Command.OK : Command.FAILED;
		}
		ApiKeyFile file = new ApiKeyFile(properties.dataDir());
		if (rest.isEmpty()) {
			out.println(file.read().isPresent() ? "The API key is kept in " + file.path() + " (readable by its owner only)."
					: "No API key yet: the first start generates one in " + file.path() + ".");
			return Command.OK;
		}
		String key = file.rotate();
		out.println("New API key: " + key);
		out.println("Kept in " + file.path() + "; the old key no longer works (a running server follows at once).");
		return Command.OK;
	}

	/** Only the settings: no database, no web server, no features (not a component, so no scan finds it). */
	@EnableConfigurationProperties(PapergraphProperties.class)
	static class Settings {

	}

}
