package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashSet;

/**
 * Finds the names papers go by and where other papers' abstracts name them, preferring precision to recall.
 *
 * <p>A paper's names are the part of its title before a colon, when that part looks like a name ("LM-Infinite",
 * "TokenRing", "Story-to-Motion"), and distinctive names its abstract introduces ("we introduce EM-LLM"). A name is
 * distinctive when it has at least four characters and a digit or a capital letter inside a word ("SirLLM",
 * "ZeRO"), or, in a title, a capital after a hyphen ("Video-Infinity"); plain words ("Unbounded", "Landmark
 * Attention") and generic acronyms ("LLMs", "GPUs") never are. A mention is the exact name, case-sensitive, on word
 * boundaries (a hyphenated suffix such as "TokenRing-based" still counts), in another paper's abstract. A name two
 * papers share names neither.
 */
final class MentionFinder {

	private static final int MIN_LENGTH = 4;

	private static final int MAX_WORDS = 3;

	private static final Set<String> GENERIC = Set.of("LLMs", "MLLMs", "VLMs", "LVLMs", "LMMs", "GPUs", "CPUs", "TPUs",
			"NPUs", "APIs", "RLHF", "SOTA", "CNNs", "RNNs", "GNNs", "DNNs", "ViTs", "MLPs", "LSTMs", "GANs", "VAEs",
			"CoTs", "KV-Cache", "KVCache", "ArXiv", "GitHub", "HuggingFace", "OpenAI", "PyTorch", "TensorFlow", "NVIDIA",
			"ChatGPT");

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

	private static final Pattern INTRODUCED = Pattern.compile(
			"\\b(?:[Ww]e (?:propose|introduce|present|develop|call|name|dub)|introduces|proposes|presents|called|named|"
					+ "dubbed|termed)\\s+(?:the |our )?([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*)");

	private MentionFinder() {
	}

	/** The names a paper goes by: its title's name, then names its abstract introduces; in that order, distinct. */
	static List<String> names(String title, String abstractText) {
		Set<String> names = new LinkedHashSet<>();
		if (title != null) {
			int colon = title.indexOf(':');
			if (colon > 0) {
				String candidate = title.substring(0, colon).strip();
				if (looksLikeName(candidate) && distinctive(candidate, true)) {
					names.add(candidate);
				}
			}
		}
		if (abstractText != null) {
			Matcher matcher = INTRODUCED.matcher(abstractText);
			while (matcher.find()) {
				String candidate = matcher.group(1);
				if (distinctive(candidate, false)) {
					names.add(candidate);
				}
			}
		}
		return List.copyOf(names);
	}

	private static boolean looksLikeName(String candidate) {
		String[] words = candidate.split(" ");
		if (words.length > MAX_WORDS) {
			return false;
		}
		for (String word : words) {
			if (!TOKEN.matcher(word).matches()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a name is distinctive enough to be matched in free text: at least four characters, not a generic
	 * acronym, and a digit or a capital letter right after a letter or digit (or, when {@code inTitle}, after a
	 * hyphen).
	 */
	static boolean distinctive(String name, boolean inTitle) {
		if (name.length() < MIN_LENGTH || GENERIC.contains(name)) {
			return false;
		}
		boolean letter = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			letter |= Character.isLetter(c);
		}
		if (!letter) {
			return false;
		}
		for (int i = 1; i < name.length(); i++) {
			char c = name.charAt(i);
			char before = name.charAt(i - 1);
			if (Character.isDigit(c) && Character.isLetterOrDigit(before)) {
				return true;
			}
			if (Character.isUpperCase(c) && (Character.isLetterOrDigit(before) || (inTitle && before == '-'))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The names of a set of papers, each name kept only when exactly one paper has it.
	 *
	 * @param namesByPaper each paper's names, by paper id
	 * @return the paper id of each unambiguous name
	 */
	static Map<String, String> index(Map<String, List<String>> namesByPaper) {
		Map<String, String> owner = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		namesByPaper.forEach((paper, names) -> {
			for (String name : names) {
				String previous = owner.putIfAbsent(name, paper);
				if (previous != null && !previous.equals(paper)) {
					ambiguous.add(name);
				}
			}
		});
		ambiguous.forEach(owner::remove);
		return owner;
	}

	/**
	 * The papers an abstract names, with the name found first for each; never the paper itself.
	 *
	 * @param paperId the paper the abstract belongs to
	 * @param abstractText the abstract
	 * @param names the paper id of each name, from {@link #index}
	 * @return the named papers' ids, in order of first mention, each with the phrase that named it
	 */
	static Map<String, String> mentions(String paperId, String abstractText, Map<String, String> names) {
		Map<String, String> found = new LinkedHashMap<>();
		if (abstractText == null || names.isEmpty()) {
			return found;
		}
		List<int[]> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(abstractText);
		while (matcher.find()) {
			tokens.add(new int[] { matcher.start(), matcher.end() });
		}
		for (int i = 0; i < tokens.size(); i++) {
			int start = tokens.get(i)[0];
			int end = tokens.get(i)[1];
			for (int words = 1; words <= MAX_WORDS && i + words <= tokens.size(); words++) {
				if (words > 1) {
					int[] next = tokens.get(i + words - 1);
					if (next[0] != end + 1 || abstractText.charAt(end) != ' ') {
						break;
					}
					end = next[1];
				}
				String phrase = abstractText.substring(start, end);
				match(phrase, paperId, names, found);
				if (words == 1) {
					for (int hyphen = phrase.lastIndexOf('-'); hyphen > 0; hyphen = phrase.lastIndexOf('-', hyphen - 1)) {
						match(phrase.substring(0, hyphen), paperId, names, found);
					}
				}
			}
		}
		return found;
	}

	private static void match(String phrase, String paperId, Map<String, String> names, Map<String, String> found) {
		String owner = names.get(phrase);
		if (owner != null && !owner.equals(paperId)) {
			found.putIfAbsent(owner, phrase);
		}
	}

}
