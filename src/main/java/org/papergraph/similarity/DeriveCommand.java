package org.papergraph.similarity;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.papergraph.system.Command;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code papergraph derive}: embeds the papers that lack an embedding, rebuilds the similar-paper links, and
 * recomputes mentions and clusters now, then prints what the graph holds.
 */
@Component
@Profile("command")
class DeriveCommand implements Command {

	private final DeriveWorker worker;

	DeriveCommand(DeriveWorker worker) {
		this.worker = worker;
	}

	@Override
	public String name() {
		return "derive";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (!arguments.isEmpty()) {
			out.println("usage: java -jar papergraph.jar derive");
			return Command.USAGE;
		}
		out.println("Deriving: embeddings, similar papers, mentions, clusters...");
		long started = System.nanoTime();
		DeriveReport report = worker.runNow();
		out.printf(Locale.ROOT, "Derived in %.1f s: %d papers embedded (%d waiting), %d similar links, "
				+ "%d mention links, %d clusters.%n", (System.nanoTime() - started) / 1e9, report.embedded(),
				report.embeddingsPending(), report.similarLinks(), report.mentionLinks(), report.clusters());
		return Command.OK;
	}

}
