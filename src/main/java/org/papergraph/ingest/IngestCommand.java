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

import org.papergraph.system.Command;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code papergraph ingest PATH_OR_URL...}: ingests files, folders (recursively) and URLs, shows progress, prints a
 * summary, and exits non-zero when any input failed.
 */
@Component
@Profile("command")
class IngestCommand implements Command {

	private static final List<String> FILE_TYPES = List.of(".txt", ".html", ".htm", ".xml", ".atom");

	private final IngestService ingest;

	IngestCommand(IngestService ingest) {
		this.ingest = ingest;
	}

	@Override
	public String name() {
		return "ingest";
	}

	@Override
	public int run(List<String> targets, PrintStream out) {
		if (targets.isEmpty() || targets.stream().anyMatch(t -> t.startsWith("-"))) {
			out.println("usage: java -jar papergraph.jar ingest PATH_OR_URL...");
			return Command.USAGE;
		}
		List<String> inputs = new ArrayList<>();
		int failed = 0;
		for (String target : targets) {
			try {
				inputs.addAll(expand(target));
			}
			catch (IngestException ex) {
				failed++;
				out.println("  failed: " + target + ": " + ex.getMessage());
			}
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		int linked = 0;
		long started = System.nanoTime();
		for (int i = 0; i < inputs.size(); i++) {
			String input = inputs.get(i);
			progress(out, i, inputs.size(), input);
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
		progress(out, inputs.size(), inputs.size(), "");
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf(Locale.ROOT, "Ingested %d input(s) in %.1f s: %d papers created, %d updated, %d unchanged, "
				+ "%d repository links; %d failed.%n", inputs.size() - Math.min(failed, inputs.size()), seconds, created,
				updated, unchanged, linked, failed);
		return failed > 0 ? Command.FAILED : Command.OK;
	}

	private static void progress(PrintStream out, int done, int total, String current) {
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
		if (!Files.exists(path)) {
			throw new IngestException("no such file or folder");
		}
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
