package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;

/**
 * Parses a plain-text listing (a Hugging Face Papers page saved as text): blocks separated by blank lines, a page
 * header, then for every paper a one-line title followed by a one-paragraph abstract.
 */
public final class TextListingParser {

	private static final Pattern HEADER_LINE = Pattern.compile("(?i)^(new|subscribe|daily papers|papers|"
			+ "get trending papers in your email inbox( once a day)?!?|by ?ak and the research community|"
			+ "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}(, \\d{4})?|\\d{4}-\\d{2}-\\d{2}|"
			+ "previous|next|search|trending)$");

	private static final int MAX_TITLE_LENGTH = 300;

	private static final int MIN_ABSTRACT_LENGTH = 80;

	private TextListingParser() {
	}

	/** Parses the listing; a listing with no recognisable paper is an error that says why. */
	public static Listing parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IngestException("The text is empty: expected a listing of titles, each followed by its abstract");
		}
		List<String> blocks = Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\\n\\s*\\n"))
			.map(String::strip)
			.filter(block -> !block.isEmpty())
			.toList();
		List<String> warnings = new ArrayList<>();
		List<PaperRecord> papers = new ArrayList<>();
		int i = 0;
		while (i < blocks.size() && isHeader(blocks.get(i))) {
			i++;
		}
		while (i < blocks.size()) {
			String title = blocks.get(i);
			if (!looksLikeTitle(title)) {
				warnings.add("Skipped block " + (i + 1) + ": it does not look like a title (\"" + preview(title) + "\")");
				i++;
				continue;
			}
			if (i + 1 >= blocks.size() || !looksLikeAbstract(blocks.get(i + 1))) {
				warnings.add("Skipped \"" + preview(title) + "\": no abstract follows the title");
				i++;
				continue;
			}
			papers.add(paper(title, blocks.get(i + 1)));
			i += 2;
		}
		if (papers.isEmpty()) {
			throw new IngestException("No papers found in the text: expected blocks separated by blank lines, "
					+ "a one-line title followed by a one-paragraph abstract");
		}
		return new Listing(SourceKind.TEXT, papers, warnings);
	}

	private static PaperRecord paper(String rawTitle, String rawAbstract) {
		String title = TextSanitizer.text(rawTitle, TextSanitizer.MAX_TITLE);
		String abstractText = TextSanitizer.text(rawAbstract, TextSanitizer.MAX_ABSTRACT);
		List<RepositoryRef> repositories = LinkExtractor.repositories(rawAbstract);
		Optional<String> projectPage = LinkExtractor.projectPage(rawAbstract);
		return new PaperRecord(null, title, abstractText, null, List.of(), null, null, null, List.of(),
				repositories.stream().limit(TextSanitizer.MAX_REPOSITORIES).toList(), projectPage.orElse(null), null);
	}

	private static boolean isHeader(String block) {
		return !block.contains("\n") && HEADER_LINE.matcher(block.strip()).matches();
	}

	private static boolean looksLikeTitle(String block) {
		return !block.contains("\n") && block.length() <= MAX_TITLE_LENGTH && !isHeader(block);
	}

	private static boolean looksLikeAbstract(String block) {
		return block.length() >= MIN_ABSTRACT_LENGTH && !isHeader(block);
	}

	private static String preview(String block) {
		String line = block.replaceAll("\\s+", " ");
		return line.length() > 60 ? line.substring(0, 57) + "..." : line;
	}

}
