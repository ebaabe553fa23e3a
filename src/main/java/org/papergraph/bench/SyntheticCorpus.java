package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A deterministic synthetic corpus of machine-learning papers at any size: the same seed and size always give the
 * same papers, in the same order, and the same bytes on disk. Papers are generated one at a time, so a corpus of a
 * million papers is never held in memory.
 *
 * <p>Papers are ordered by publication date, spread from 2019 to mid-2026 with output growing about sixfold over that
 * time; each has a unique arXiv-style id {@code YYMM.NNNNN} of its month. Titles and abstracts are written from real
 * machine-learning vocabulary around one research area per paper. Authors (3 to 12) come from labs of 40 people:
 * mostly from one lab (senior members on many papers, the head last), sometimes with guests from another lab, and
 * one-off authors who appear once. About 40% of papers have a repository with log-normally distributed stars, some of
 * them a lab's shared toolkit; upvotes are heavy-tailed too.
 */
public final class SyntheticCorpus implements Iterable<PaperRecord> {

	/** Papers per listing page written by {@link #writePages(Path)}. */
	public static final int PAGE_SIZE = 500;

	static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

	/** How many times more papers appear per day at the end of the period than at its start. */
	private static final double GROWTH = 6.0;

	private static final int LAB_SIZE = 40;

	private static final int MAX_PER_MONTH = 99_999;

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private final long seed;

	private final int size;

	private final int labCount;

	private final int[] monthStart;

	private final Scramble nameTokens;

	private final Scramble plainNames;

	private final Scramble initialNames;

	private final Scramble labNames;

	/**
	 * A corpus of {@code size} papers generated from {@code seed}.
	 *
	 * @throws IllegalArgumentException when the size is not positive or so large that one month would hold more than
	 * 99,999 papers (about 6 million papers)
	 */
	public SyntheticCorpus(long seed, int size) {
		if (size <= 0) {
			throw new IllegalArgumentException("The corpus size must be positive, not " + size);
		}
		this.seed = seed;
		this.size = size;
		this.labCount = Math.max(8, size / LAB_SIZE);
		int months = monthOf(LAST_DAY) + 1;
		this.monthStart = new int[months + 1];
		int[] counts = new int[months];
		for (int i = 0; i < size; i++) {
			counts[monthOf(dayOf(i))]++;
		}
		for (int m = 0; m < months; m++) {
			if (counts[m] > MAX_PER_MONTH) {
				throw new IllegalArgumentException("A corpus of " + size + " papers would put more than "
						+ MAX_PER_MONTH + " papers in one month; the largest supported size is about 6 million");
			}
			monthStart[m + 1] = monthStart[m] + counts[m];
		}
		long syllables = (long) Vocabulary.CONSONANTS.length() * Vocabulary.VOWELS.length();
		this.nameTokens = Scramble.words(size <= syllables * syllables * syllables ? 3 : 4, seed);
		long names = (long) Vocabulary.FIRST_NAMES.size() * Vocabulary.LAST_NAMES.size();
		this.plainNames = Scramble.numbers(names, seed ^ 0x5DEECE66DL);
		this.initialNames = Scramble.numbers(names * 26, seed ^ 0x2545F491L);
		this.labNames = Scramble.words(3, seed ^ 0xB5L);
	}

	/** The number of papers. */
	public int size() {
		return size;
	}

	/** The seed the corpus is generated from. */
	public long seed() {
		return seed;
	}

	/** The papers in order of publication. */
	public Stream<PaperRecord> papers() {
		return StreamSupport.stream(Spliterators.spliterator(iterator(), size,
				Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
	}

	@Override
	public Iterator<PaperRecord> iterator() {
		return new Generator();
	}

	/**
	 * Writes the corpus as Hugging Face listing pages of {@link #PAGE_SIZE} papers ({@code page-00001.html}, ...) into
	 * a folder, in the hydration format the Hugging Face parser reads.
	 *
	 * @return the files written, in order
	 */
	public List<Path> writePages(Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		List<PaperRecord> page = new ArrayList<>(PAGE_SIZE);
		Iterator<PaperRecord> papers = iterator();
		while (papers.hasNext()) {
			page.add(papers.next());
			if (page.size() == PAGE_SIZE || !papers.hasNext()) {
				Path file = folder.resolve(String.format(Locale.ROOT, "page-%05d.html", files.size() + 1));
				Files.writeString(file, ListingPage.html(page), UTF_8);
				files.add(file);
				page.clear();
			}
		}
		return files;
	}

	/** The publication day of the paper at an index: later papers are denser, as output grows over the years. */
	LocalDate dayOf(int index) {
		double days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
		double rate = StrictMath.log(GROWTH) / days;
		double u = (index + 0.5) / size;
		double t = StrictMath.log1p(u * (GROWTH - 1)) / rate;
		return FIRST_DAY.plusDays(Math.min((long) days, (long) t));
	}

	private static int monthOf(LocalDate day) {
		return (day.getYear() - FIRST_DAY.getYear()) * 12 + day.getMonthValue() - 1;
	}

	/**
	 * The arXiv-style id of the paper at an index: its month, and a number that grows with the index, spread over the
	 * range arXiv used that month.
	 */
	String arxivId(int index, LocalDate day) {
		int month = monthOf(day);
		int count = monthStart[month + 1] - monthStart[month];
		int position = index - monthStart[month];
		long span = Math.min(MAX_PER_MONTH, Math.max(count, 12_000 + 250L * month));
		long number = 1 + position * span / count;
		return String.format(Locale.ROOT, "%02d%02d.%05d", day.getYear() % 100, day.getMonthValue(), number);
	}

	/** A word made of consonant-vowel syllables, one per value of a scrambled index: no two indexes share one. */
	static String syllableWord(long value, int syllables) {
		int vowels = Vocabulary.VOWELS.length();
		int base = Vocabulary.CONSONANTS.length() * vowels;
		StringBuilder word = new StringBuilder(syllables * 2);
		long rest = value;
		for (int s = 0; s < syllables; s++) {
			int syllable = (int) (rest % base);
			rest /= base;
			word.append(Vocabulary.CONSONANTS.charAt(syllable / vowels)).append(Vocabulary.VOWELS.charAt(syllable % vowels));
		}
		return word.toString();
	}

	private static String capitalize(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/**
	 * A bijection of {@code [0, space)} that looks random, so neighbouring indexes get unrelated names; indexes beyond
	 * the space wrap around.
	 */
	private static final class Scramble {

		private final long space;

		private final long multiplier;

		private final long offset;

		private final int syllables;

		/** Scrambles indexes into words of the given number of syllables. */
		static Scramble words(int syllables, long seed) {
			return new Scramble(pow(Vocabulary.CONSONANTS.length() * Vocabulary.VOWELS.length(), syllables), seed,
					syllables);
		}

		/** Scrambles indexes into numbers below {@code space}. */
		static Scramble numbers(long space, long seed) {
			return new Scramble(space, seed, 0);
		}

		private Scramble(long space, long seed, int syllables) {
			this.space = space;
			this.syllables = syllables;
			long candidate = Math.floorMod(new SplittableRandom(seed).nextLong(), space / 2) + space / 3;
			while (gcd(candidate, space) != 1) {
				candidate++;
			}
			this.multiplier = candidate;
			this.offset = Math.floorMod(seed, space);
		}

		long apply(long index) {
			return ((index % space) * multiplier + offset) % space;
		}

		String word(long index) {
			return syllableWord(apply(index), syllables);
		}

		private static long pow(long base, int exponent) {
			long result = 1;
			for (int i = 0; i < exponent; i++) {
				result *= base;
			}
			return result;
		}

		private static long gcd(long a, long b) {
			return b == 0 ? a : gcd(b, a % b);
		}

	}

	/** Generates the papers in order from one random sequence. */
	private final class Generator implements Iterator<PaperRecord> {

		private final SplittableRandom random = new SplittableRandom(seed);

		private int next;

		private long oneOffAuthors;

		@Override
		public boolean hasNext() {
			return next < size;
		}

		@Override
		public PaperRecord next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return paper(next++);
		}

		private PaperRecord paper(int index) {
			LocalDate day = dayOf(index);
			int lab = (int) (labCount * StrictMath.pow(random.nextDouble(), 1.6));
			Vocabulary.Area area = area(lab);
			Vocabulary.Area other = Vocabulary.AREAS.get(random.nextInt(Vocabulary.AREAS.size()));
			String name = capitalize(nameTokens.word(index)) + pick(Vocabulary.NAME_SUFFIXES);
			if (random.nextInt(6) == 0) {
				name = area.prefix() + "-" + name;
			}
			Text text = new Text(name, area, other);
			String title = text.fill(pick(Vocabulary.TITLES));
			String abstractText = text.abstractText();
			String summary = text.fill(pick(Vocabulary.SUMMARIES));
			List<String> keywords = keywords(area, other);
			List<AuthorRef> authors = authors(lab);
			List<RepositoryRef> repositories = random.nextInt(100) < 40 ? List.of(repository(lab, name))
					: List.of();
			String projectPage = random.nextInt(100) < 15
					? "https://" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".github.io/" : null;
			String organization = random.nextInt(100) < 60 ? labName(lab) : null;
			int upvotes = (int) Math.min(5_000, StrictMath.exp(2.0 + 1.3 * gaussian()));
			int comments = (int) Math.min(200, -StrictMath.log(1 - random.nextDouble()) * (1 + upvotes / 20.0));
			return new PaperRecord(arxivId(index, day), title, abstractText, day, authors, upvotes, comments, summary,
					keywords, repositories, projectPage, organization);
		}

		/** The lab's main area most of the time, its second area often, any area sometimes. */
		private Vocabulary.Area area(int lab) {
			SplittableRandom labTraits = labTraits(lab);
			int main = labTraits.nextInt(Vocabulary.AREAS.size());
			int second = labTraits.nextInt(Vocabulary.AREAS.size());
			int roll = random.nextInt(100);
			int chosen = roll < 70 ? main : roll < 90 ? second : random.nextInt(Vocabulary.AREAS.size());
			return Vocabulary.AREAS.get(chosen);
		}

		private List<String> keywords(Vocabulary.Area area, Vocabulary.Area other) {
			int count = 3 + random.nextInt(6);
			Set<String> keywords = new LinkedHashSet<>();
			while (keywords.size() < count) {
				int roll = random.nextInt(100);
				List<String> from = roll < 50 ? area.phrases() : roll < 70 ? area.methods() : roll < 80 ? area.tasks()
						: roll < 90 ? other.phrases() : Vocabulary.GENERIC_KEYWORDS;
				keywords.add(from.get(random.nextInt(from.size())));
			}
			return List.copyOf(keywords);
		}

		/**
		 * 3 to 12 authors: a first author who is a junior lab member or a one-off, senior members of the lab in the
		 * middle, sometimes guests from a nearby or any lab, and one of the lab's heads last.
		 */
		private List<AuthorRef> authors(int lab) {
			int count = 3 + (int) Math.min(9, -StrictMath.log(1 - random.nextDouble()) * 3);
			long head = member(lab, random.nextInt(3));
			Set<Long> chosen = new LinkedHashSet<>();
			chosen.add(random.nextInt(2) == 0 ? member(lab, 10 + random.nextInt(LAB_SIZE - 10)) : oneOff());
			int guests = random.nextInt(100) < 20 ? 1 + random.nextInt(3) : 0;
			while (chosen.size() < count - 1) {
				int roll = random.nextInt(100);
				long candidate;
				if (guests > 0 && roll < 40) {
					int guestLab = random.nextInt(4) == 0 ? random.nextInt(labCount)
							: Math.floorMod(lab + 1 + random.nextInt(5), labCount);
					candidate = member(guestLab, (int) (LAB_SIZE * StrictMath.pow(random.nextDouble(), 2)));
					guests--;
				}
				else if (roll < 85) {
					candidate = member(lab, (int) (LAB_SIZE * StrictMath.pow(random.nextDouble(), 2)));
				}
				else {
					candidate = oneOff();
				}
				if (candidate != head) {
					chosen.add(candidate);
				}
			}
			chosen.add(head);
			List<AuthorRef> authors = new ArrayList<>(chosen.size());
			for (long author : chosen) {
				authors.add(author(author));
			}
			return authors;
		}

		private long member(int lab, int rank) {
			return (long) lab * LAB_SIZE + rank;
		}

		private long oneOff() {
			return (long) labCount * LAB_SIZE + oneOffAuthors++;
		}

		/**
		 * The author with an index: a name unique to it, and sometimes a user name. The first authors (lab members in
		 * smaller corpora) have plain names, later ones a middle initial too; past all those names, names repeat.
		 */
		private AuthorRef author(long index) {
			int firsts = Vocabulary.FIRST_NAMES.size();
			int lasts = Vocabulary.LAST_NAMES.size();
			boolean plain = index < (long) firsts * lasts;
			long code = plain ? plainNames.apply(index) : initialNames.apply(index - (long) firsts * lasts);
			String first = Vocabulary.FIRST_NAMES.get((int) (code % firsts));
			long rest = code / firsts;
			String last = Vocabulary.LAST_NAMES.get((int) (rest % lasts));
			String name = plain ? first + " " + last : first + " " + (char) ('A' + rest / lasts % 26) + ". " + last;
			long traits = mix(index);
			String username = Math.floorMod(traits, 4) == 0
					? (first + last).toLowerCase(Locale.ROOT) + Math.floorMod(traits >>> 8, 1000) : null;
			return new AuthorRef(name, username);
		}

		/** A repository: the lab's shared toolkit now and then, otherwise the paper's own, under the lab's account. */
		private RepositoryRef repository(int lab, String paperName) {
			String owner = labNames.word(lab) + "-lab";
			if (random.nextInt(100) < 20) {
				SplittableRandom labTraits = labTraits(lab);
				labTraits.nextInt();
				labTraits.nextInt();
				int stars = stars(labTraits.nextDouble(), labTraits.nextDouble());
				return new RepositoryRef("github.com", owner, capitalize(labNames.word(lab)) + "Kit", null, stars, true);
			}
			String name = paperName.replaceAll("[^A-Za-z0-9._-]+", "-");
			return new RepositoryRef("github.com", owner, name, null, stars(random.nextDouble(), random.nextDouble()),
					true);
		}

		private String labName(int lab) {
			SplittableRandom labTraits = labTraits(lab);
			for (int i = 0; i < 5; i++) {
				labTraits.nextInt();
			}
			return capitalize(labNames.word(lab)) + " " + Vocabulary.LAB_KINDS.get(labTraits.nextInt(Vocabulary.LAB_KINDS.size()));
		}

		private SplittableRandom labTraits(int lab) {
			return new SplittableRandom(seed ^ mix(lab + 1L));
		}

		/** Log-normal stars: a median of about 60, a few in the tens of thousands. */
		private int stars(double u1, double u2) {
			double normal = StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
			return (int) Math.min(300_000, StrictMath.exp(StrictMath.log(60) + 1.8 * normal));
		}

		private double gaussian() {
			return StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()))
					* StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
		}

		private String pick(List<String> values) {
			return values.get(random.nextInt(values.size()));
		}

		/** Fills templates for one paper: its name, its area and a second area it borrows from. */
		private final class Text {

			private final String name;

			private final Vocabulary.Area area;

			private final Vocabulary.Area other;

			Text(String name, Vocabulary.Area area, Vocabulary.Area other) {
				this.name = name;
				this.area = area;
				this.other = other;
			}

			String abstractText() {
				List<String> sentences = new ArrayList<>();
				sentences.add(fill(pick(Vocabulary.INTRO)));
				sentences.add(fill(pick(Vocabulary.PROBLEM)));
				for (String template : draw(Vocabulary.METHOD, 2 + random.nextInt(3))) {
					sentences.add(fill(template));
				}
				for (String template : draw(Vocabulary.RESULTS, 1 + random.nextInt(2))) {
					sentences.add(fill(template));
				}
				if (random.nextInt(100) < 60) {
					sentences.add(pick(Vocabulary.RELEASE));
				}
				return String.join(" ", sentences);
			}

			/** Some templates of a list, each at most once, in their list order. */
			private List<String> draw(List<String> templates, int count) {
				List<String> drawn = new ArrayList<>(templates);
				while (drawn.size() > count) {
					drawn.remove(random.nextInt(drawn.size()));
				}
				return drawn;
			}

			String fill(String template) {
				StringBuilder out = new StringBuilder(template.length() + 80);
				int at = 0;
				while (at < template.length()) {
					int open = template.indexOf('{', at);
					if (open < 0) {
						out.append(template, at, template.length());
						break;
					}
					int close = template.indexOf('}', open);
					out.append(template, at, open);
					String slot = template.substring(open + 1, close);
					String value = value(slot.toLowerCase(Locale.ROOT));
					out.append(Character.isUpperCase(slot.charAt(0)) ? titleCase(value) : value);
					at = close + 1;
				}
				return capitalize(out.toString());
			}

			private String value(String slot) {
				return switch (slot) {
					case "name" -> name;
					case "phrase" -> pick(area.phrases());
					case "phrase2" -> pick(other.phrases());
					case "method" -> pick(area.methods());
					case "method2" -> pick(random.nextInt(3) == 0 ? other.methods() : area.methods());
					case "task" -> pick(area.tasks());
					case "dataset" -> pick(area.datasets());
					case "dataset2" -> pick(other.datasets());
					case "adj", "adjb" -> pick(Vocabulary.ADJECTIVES);
					case "adja" -> article(pick(Vocabulary.ADJECTIVES));
					case "challenge", "challenge2" -> pick(Vocabulary.CHALLENGES);
					case "component" -> pick(Vocabulary.COMPONENTS);
					case "metric" -> pick(Vocabulary.METRICS);
					case "verb" -> pick(Vocabulary.VERBS);
					case "n" -> Integer.toString(2 + random.nextInt(28));
					case "n2" -> Integer.toString(4 + random.nextInt(17));
					case "k" -> Integer.toString(2 + random.nextInt(9));
					case "x" -> String.format(Locale.ROOT, "%.1f", 20 + random.nextInt(500) / 10.0);
					case "y" -> String.format(Locale.ROOT, "%.1f", 71 + random.nextInt(280) / 10.0);
					default -> throw new IllegalStateException("Unknown template slot {" + slot + "}");
				};
			}

		}

	}

	private static String article(String adjective) {
		return ("aeiou".indexOf(adjective.charAt(0)) >= 0 ? "an " : "a ") + adjective;
	}

	/** Title case: each word capitalized except short joining words; words with capitals (LLM, KV) stay as they are. */
	static String titleCase(String phrase) {
		String[] words = phrase.split(" ");
		StringBuilder out = new StringBuilder(phrase.length());
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (i > 0) {
				out.append(' ');
			}
			boolean small = i > 0 && SMALL_WORDS.contains(word);
			out.append(small ? word : capitalizeParts(word));
		}
		return out.toString();
	}

	private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "of", "for", "in", "on", "to", "the",
			"with", "via", "by");

	private static String capitalizeParts(String word) {
		StringBuilder out = new StringBuilder(word.length());
		boolean start = true;
		for (char c : word.toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = c == '-';
		}
		return out.toString();
	}

	private static long mix(long value) {
		long z = value * GOLDEN;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
