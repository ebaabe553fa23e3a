package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;
import org.papergraph.ingest.HuggingFaceParser;
import org.papergraph.ingest.Listing;
import org.papergraph.ingest.SourceKind;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticCorpusTest {

	private static final int SIZE = 4_000;

	private static List<PaperRecord> papers;

	@BeforeAll
	static void generate() {
		papers = new SyntheticCorpus(42, SIZE).papers().toList();
	}

	@Test
	void writesTheSameBytesForTheSameSeedAndSize(@TempDir Path folder) throws IOException {
		List<Path> first = new SyntheticCorpus(7, 1_200).writePages(folder.resolve("a"));
		List<Path> second = new SyntheticCorpus(7, 1_200).writePages(folder.resolve("b"));
		List<Path> otherSeed = new SyntheticCorpus(8, 1_200).writePages(folder.resolve("c"));

		assertThat(first).hasSize(3);
		for (int i = 0; i < first.size(); i++) {
			assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
			assertThat(Files.readAllBytes(otherSeed.get(i))).isNotEqualTo(Files.readAllBytes(first.get(i)));
		}
		assertThat(first.get(2).getFileName()).hasToString("page-00003.html");
	}

	@Test
	void pagesParseBackIntoTheSameRecords(@TempDir Path folder) throws IOException {
		List<Path> pages = new SyntheticCorpus(42, SIZE).writePages(folder);

		assertThat(pages).hasSize(SIZE / SyntheticCorpus.PAGE_SIZE);
		Listing first = HuggingFaceParser.parse(Files.readString(pages.get(0), UTF_8), null);
		Listing last = HuggingFaceParser.parse(Files.readString(pages.get(pages.size() - 1), UTF_8), null);

		assertThat(first.kind()).isEqualTo(SourceKind.HF_LISTING);
		assertThat(first.warnings()).isEmpty();
		assertThat(first.papers()).containsExactlyElementsOf(papers.subList(0, SyntheticCorpus.PAGE_SIZE));
		assertThat(last.papers()).containsExactlyElementsOf(papers.subList(SIZE - SyntheticCorpus.PAGE_SIZE, SIZE));
	}

	@Test
	void givesEveryPaperAUniqueArxivIdOfItsMonthAndDatesInOrder() {
		assertThat(papers).hasSize(SIZE);
		assertThat(papers.stream().map(PaperRecord::arxivId).distinct().count()).isEqualTo(SIZE);
		assertThat(papers.stream().map(PaperRecord::titleKey).distinct().count()).isEqualTo(SIZE);
		for (int i = 0; i < papers.size(); i++) {
			PaperRecord paper = papers.get(i);
			String month = String.format(Locale.ROOT, "%02d%02d", paper.publishedAt().getYear() % 100,
					paper.publishedAt().getMonthValue());
			assertThat(paper.arxivId()).matches("\\d{4}\\.\\d{5}").startsWith(month + ".");
			assertThat(paper.publishedAt()).isBetween(SyntheticCorpus.FIRST_DAY, SyntheticCorpus.LAST_DAY);
			if (i > 0) {
				assertThat(paper.publishedAt()).isAfterOrEqualTo(papers.get(i - 1).publishedAt());
				assertThat(paper.arxivId()).isGreaterThan(papers.get(i - 1).arxivId());
			}
		}
		long recent = papers.stream().filter(p -> p.publishedAt().getYear() >= 2025).count();
		long early = papers.stream().filter(p -> p.publishedAt().getYear() <= 2020).count();
		assertThat(recent).isGreaterThan(early);
	}

	@Test
	void drawsAuthorsKeywordsAndTextInSaneRanges() {
		assertThat(papers).allSatisfy(paper -> {
			assertThat(paper.authors()).hasSizeBetween(3, 12);
			assertThat(paper.authors().stream().map(AuthorRef::key).distinct().count())
				.isEqualTo(paper.authors().size());
			assertThat(paper.keywords()).hasSizeBetween(3, 8).doesNotHaveDuplicates();
			assertThat(paper.title().length()).isBetween(20, 200);
			assertThat(paper.abstractText().length()).isBetween(400, 3_000);
			assertThat(paper.aiSummary()).isNotBlank();
			assertThat(paper.upvotes()).isNotNegative();
		});
		double authorsPerPaper = papers.stream().mapToInt(p -> p.authors().size()).average().orElseThrow();
		assertThat(authorsPerPaper).isBetween(4.5, 8.0);
		String text = papers.stream().map(p -> p.title() + " " + p.abstractText()).collect(Collectors.joining(" "))
			.toLowerCase(Locale.ROOT);
		assertThat(text).contains("long context", "infinite context", "reinforcement learning", "diffusion model",
				"chain of thought", "retrieval-augmented generation");
	}

	@Test
	void groupsAuthorsIntoLabsThatWriteTogether() {
		Map<String, Integer> papersPerAuthor = new HashMap<>();
		Map<String, Integer> pairs = new HashMap<>();
		for (PaperRecord paper : papers) {
			List<String> keys = paper.authors().stream().map(AuthorRef::key).toList();
			keys.forEach(key -> papersPerAuthor.merge(key, 1, Integer::sum));
			pairs.merge(keys.get(0) + "|" + keys.get(keys.size() - 1), 1, Integer::sum);
		}
		long slots = papers.stream().mapToLong(p -> p.authors().size()).sum();

		assertThat(papersPerAuthor.size()).isLessThan((int) (slots / 2));
		assertThat(papersPerAuthor.values().stream().filter(n -> n == 1).count()).isGreaterThan(SIZE / 4);
		assertThat(papersPerAuthor.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(40);
		assertThat(papers.stream().flatMap(p -> p.authors().stream()).filter(a -> a.username() != null).count())
			.isBetween(slots / 10, slots / 2);
	}

	@Test
	void linksAboutFortyPercentToRepositoriesWithHeavyTailedStarsSomeShared() {
		List<RepositoryRef> repositories = papers.stream().flatMap(p -> p.repositories().stream()).toList();
		Map<String, Long> papersPerRepository = repositories.stream()
			.collect(Collectors.groupingBy(RepositoryRef::key, Collectors.counting()));
		int[] stars = repositories.stream().mapToInt(RepositoryRef::stars).sorted().toArray();
		int[] upvotes = papers.stream().mapToInt(PaperRecord::upvotes).sorted().toArray();

		assertThat(papers.stream().filter(p -> !p.repositories().isEmpty()).count()).isBetween(SIZE * 35L / 100,
				SIZE * 45L / 100);
		assertThat(repositories).allSatisfy(r -> assertThat(r.official()).isTrue());
		assertThat(papersPerRepository.values().stream().filter(n -> n > 1).count()).isGreaterThan(20);
		assertThat(stars[stars.length / 2]).isBetween(20, 200);
		assertThat(stars[stars.length - 1]).isGreaterThan(50 * stars[stars.length / 2]);
		assertThat(upvotes[upvotes.length / 2]).isBetween(3, 20);
		assertThat(upvotes[upvotes.length - 1]).isGreaterThan(20 * upvotes[upvotes.length / 2]);
	}

	@Test
	void spreadsPapersOverAllResearchAreas() {
		Set<String> titles = new HashSet<>();
		papers.forEach(p -> titles.add(p.title().toLowerCase(Locale.ROOT)));
		Map<String, Long> areasByKeyword = papers.stream()
			.flatMap(p -> p.keywords().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

		assertThat(Vocabulary.AREAS).allSatisfy(area -> assertThat(area.phrases().stream()
			.mapToLong(phrase -> areasByKeyword.getOrDefault(phrase, 0L))
			.sum()).as(area.slug()).isGreaterThan(10));
		assertThat(Arrays.asList(titles.toArray())).hasSize(SIZE);
	}

	@Test
	void refusesSizesItCannotNumber() {
		assertThatThrownBy(() -> new SyntheticCorpus(1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
