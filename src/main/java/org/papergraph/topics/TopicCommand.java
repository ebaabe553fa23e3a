package org.papergraph.topics;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code papergraph topics}: reloads the taxonomy file and assigns topics and keywords to every paper again, without
 * re-ingesting anything.
 */
@Component
@Profile("command")
class TopicCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String NAME = "topics";

	private final TopicService topics;

	private final PrintStream out;

	private int exitCode = 1;

	TopicCommand(TopicService topics) {
		this(topics, System.out);
	}

	TopicCommand(TopicService topics, PrintStream out) {
		this.topics = topics;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.getNonOptionArgs().isEmpty() || !NAME.equals(args.getNonOptionArgs().get(0))) {
			return;
		}
		long started = System.nanoTime();
		TopicService.Report report = topics.reassignAll();
		out.printf(Locale.ROOT, "Reassigned topics in %.1f s: %d papers, %d topic links, %d keywords, %d topics.%n",
				(System.nanoTime() - started) / 1e9, report.papers(), report.assignments(), report.keywords(),
				report.topics());
		exitCode = 0;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
