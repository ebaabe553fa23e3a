package org.papergraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code papergraph ingest PATH_OR_URL...}: ingests files, folders (recursively) and URLs, shows progress, prints a
 * summary, and exits non-zero when any input failed.
 */
@Component
@Profile("command")
public class IngestCommand implements ApplicationRunner, ExitCodeGenerator {

	/** The command's name on the command line. */
	public static final String NAME = "ingest";

	private static final List<String> FILE_TYPES = List.of(".txt", ".html", ".htm", ".xml", ".atom");

	private final IngestService ingest;

	private final PrintStream out;

	private int exitCode;

	public IngestCommand(IngestService ingest) {
		this(ingest, System.out);
	}

	IngestCommand(IngestService ingest, PrintStream out) {
		this.ingest = ingest;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.getNonOptionArgs().isEmpty() || !NAME.equals(args.getNonOptionArgs().get(0))) {
			return;
		}
		List<String> targets = args.getNonOptionArgs().stream().skip(1).toList();
		if (targets.isEmpty()) {
			out.println("usage: java -jar papergraph.jar ingest PATH_OR_URL...");
			exitCode = 2;
			return;
		}
		List<String> inputs = new ArrayList<>();
		for (String target : targets) {
			inputs.addAll(expand(target));
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		int linked = 0;
		int failed = 0;
		long started = System.nanoTime();
		for (int i = 0; i < inputs.size(); i++) {
			String input = inputs.get(i);
			progress(i, inputs.size(), input);
			try {
				IngestReport report = isUrl(input) ? ingest.ingestUrl(input) : ingest.ingestFile(Path.of(input));
				created += report.papersCreated();
				updated += report.papersUpdated();
				unchanged += report.papersUnchanged();
				linked += report.repositoriesLinked();
				for (String warning : report.warnings()) {
					out.println("  warning: " + input + ": " + warning);
				}
			}
			catch (IngestException ex) {
				failed++;
				out.println("  failed: " + input + ": " + ex.getMessage());
			}
		}
		progress(inputs.size(), inputs.size(), "");
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf(Locale.ROOT, "%nIngested %d input(s) in %.1f s: %d papers created, %d updated, %d unchanged, "
				+ "%d repository links; %d failed.%n", inputs.size() - failed, seconds, created, updated, unchanged,
				linked, failed);
		exitCode = failed > 0 ? 1 : 0;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private void progress(int done, int total, String current) {
		if (total < 2) {
			return;
		}
		int width = 30;
		int filled = (int) Math.round(width * done / (double) total);
		String name = current.length() > 50 ? "..." + current.substring(current.length() - 47) : current;
		out.printf(Locale.ROOT, "[%s%s] %d/%d %s%n", "#".repeat(filled), ".".repeat(width - filled), done, total, name);
	}

	private static List<String> expand(String target) {
		if (isUrl(target)) {
			return List.of(target);
		}
		Path path = Path.of(target);
		if (!Files.isDirectory(path)) {
			return List.of(target);
		}
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> FILE_TYPES.stream()
					.anyMatch(type -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(type)))
				.map(Path::toString)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + path, ex);
		}
	}

	private static boolean isUrl(String input) {
		return input.contains("://") || input.matches("\\d{4}\\.\\d{4,5}(v\\d+)?");
	}

}
