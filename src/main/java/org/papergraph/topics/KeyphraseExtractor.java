package org.papergraph.topics;

import org.papergraph.graph.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts key phrases from a title and abstract in the manner of RAKE: candidate phrases are runs of content words
 * between stop words and punctuation; a phrase of two or three words counts when it recurs in the text or appears in
 * the title, scored by its words' co-occurrence degree.
 */
final class KeyphraseExtractor {

	/** Words that end a candidate phrase, in their normalized form. */
	private static final Set<String> STOP = java.util.Arrays.stream("""
			a about above across after again against all almost along also although always among an and another any
			are around as at be because been before being below between both but by can cannot could do doe does doing
			done due during each either enough etc even ever every few for from further furthermore had has have
			having he her here hers him his how however i if in into is it its itself just less like made make many
			may might more moreover most much must my new no nor not novel of off often on once one only or other our
			ours out over own per perform performance propose proposed rather same several she should show shown
			significant significantly since so some such than that the their them then there these they this those
			though through thu thus to too toward towards two three under until up upon us use used using various very
			via was we well were what when where whereas whether which while who whose why will with within without
			would yet you your approach method methods paper work result study present introduce achieve based
			existing recent first different large small high low better best state art simple effective efficient task
			model framework experiment experimental demonstrate provide allow enable remain addres challenge problem
			issue infinite infinity infinitely code available github http https www com url et al e g ie eg
			""".split("\\s+")).filter(w -> !w.isEmpty()).map(Words::word).collect(java.util.stream.Collectors.toUnmodifiableSet());

	private static final int MAX_PHRASES = 6;

	private KeyphraseExtractor() {
	}

	/** Up to six key phrases (normalized keys mapped to their surface form), the strongest first. */
	static Map<String, String> extract(String title, String abstractText) {
		List<List<String>> titleCandidates = candidates(title);
		List<List<String>> candidates = new ArrayList<>(titleCandidates);
		candidates.addAll(candidates(abstractText));
		Map<String, Integer> frequency = new HashMap<>();
		Map<String, Integer> degree = new HashMap<>();
		for (List<String> phrase : candidates) {
			for (String word : phrase) {
				frequency.merge(word, 1, Integer::sum);
				degree.merge(word, phrase.size(), Integer::sum);
			}
		}
		Map<String, Integer> phraseCount = new HashMap<>();
		for (List<String> phrase : candidates) {
			phraseCount.merge(String.join(" ", phrase), 1, Integer::sum);
		}
		Set<String> inTitle = new java.util.HashSet<>();
		titleCandidates.forEach(p -> inTitle.add(String.join(" ", p)));
		Map<String, Double> scores = new LinkedHashMap<>();
		for (List<String> phrase : candidates) {
			String key = String.join(" ", phrase);
			if (phrase.size() < 2 || phrase.size() > 3 || scores.containsKey(key)) {
				continue;
			}
			if (phraseCount.get(key) < 2 && !inTitle.contains(key)) {
				continue;
			}
			double score = 0;
			for (String word : phrase) {
				score += degree.get(word) / (double) frequency.get(word);
			}
			scores.put(key, score * phraseCount.get(key) * (inTitle.contains(key) ? 1.5 : 1.0));
		}
		Map<String, String> result = new LinkedHashMap<>();
		scores.entrySet().stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_PHRASES)
			.forEach(entry -> result.put(entry.getKey(), entry.getKey()));
		return result;
	}

	private static List<List<String>> candidates(String text) {
		List<List<String>> phrases = new ArrayList<>();
		if (text == null) {
			return phrases;
		}
		for (String chunk : text.split("[.,;:!?()\\[\\]{}\"“”'’/]|\\s-\\s|\\s–\\s")) {
			List<String> current = new ArrayList<>();
			for (String word : Words.of(chunk)) {
				if (STOP.contains(word) || word.length() < 2 || word.chars().allMatch(Character::isDigit)) {
					if (!current.isEmpty()) {
						phrases.add(current);
						current = new ArrayList<>();
					}
				}
				else {
					current.add(word);
				}
			}
			if (!current.isEmpty()) {
				phrases.add(current);
			}
		}
		return phrases;
	}

}
