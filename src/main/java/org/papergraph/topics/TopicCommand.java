package org.papergraph.topics;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.papergraph.system.Command;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code papergraph topics}: reloads the taxonomy file and assigns topics and keywords to every paper again, without
 * re-ingesting anything.
 */
@Component
@Profile("command")
class TopicCommand implements Command {

	private final TopicService topics;

	TopicCommand(TopicService topics) {
		this.topics = topics;
	}

	@Override
	public String name() {
		return "topics";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (!arguments.isEmpty()) {
			out.println("usage: java -jar papergraph.jar topics");
			return Command.USAGE;
		}
		long started = System.nanoTime();
		TopicService.Report report = topics.reassignAll();
		out.printf(Locale.ROOT, "Reassigned topics in %.1f s: %d papers, %d topic links, %d keywords, %d topics.%n",
				(System.nanoTime() - started) / 1e9, report.papers(), report.assignments(), report.keywords(),
				report.topics());
		return Command.OK;
	}

}
