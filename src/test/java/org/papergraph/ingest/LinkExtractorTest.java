package org.papergraph.ingest;

import org.junit.jupiter.api.Test;
import org.papergraph.graph.RepositoryRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LinkExtractorTest {

	@Test
	void readsARepositoryInsideALatexUrlCommand() {
		assertThat(LinkExtractor.repositories("~Working in progress.\\url{https://github.com/wbbeyourself/SCM4LLMs}"))
			.singleElement()
			.satisfies(repository -> {
				assertThat(repository.key()).isEqualTo("github.com/wbbeyourself/scm4llms");
				assertThat(repository.owner()).isEqualTo("wbbeyourself");
				assertThat(repository.name()).isEqualTo("SCM4LLMs");
				assertThat(repository.path()).isNull();
				assertThat(repository.official()).isFalse();
			});
	}

	@Test
	void dropsTheSentencesTrailingPeriod() {
		assertThat(LinkExtractor.repositories("Code is at https://github.com/ACA-Lab-SJTU/token-ring."))
			.extracting(RepositoryRef::name, RepositoryRef::path)
			.containsExactly(tuple("token-ring", null));
	}

	@Test
	void keepsATreePathApartFromTheRepository() {
		assertThat(LinkExtractor
			.repositories("available at https://github.com/ChristianYang37/chiwun/tree/main/src/NTK-Attention."))
			.extracting(RepositoryRef::key, RepositoryRef::path)
			.containsExactly(tuple("github.com/christianyang37/chiwun", "src/NTK-Attention"));
	}

	@Test
	void readsALinkWithoutScheme() {
		assertThat(LinkExtractor.repositories("Code for our experiments can be found at github.com/edwardjhu/TP4."))
			.extracting(RepositoryRef::key, RepositoryRef::url)
			.containsExactly(tuple("github.com/edwardjhu/tp4", "https://github.com/edwardjhu/TP4"));
	}

	@Test
	void dropsTheGitSuffix() {
		assertThat(LinkExtractor.repositories("git clone https://github.com/owner/repo.git."))
			.extracting(RepositoryRef::key)
			.containsExactly("github.com/owner/repo");
	}

	@Test
	void readsWwwAndParenthesisedLinks() {
		String text = "(see https://www.github.com/Owner/Name) and [code](https://github.com/a/b)";

		assertThat(LinkExtractor.repositories(text))
			.extracting(RepositoryRef::key)
			.containsExactly("github.com/owner/name", "github.com/a/b");
	}

	@Test
	void takesAGithubIoSiteForAProjectPageNotARepository() {
		String text = "Homepage: https://story2motion.github.io/.";

		assertThat(LinkExtractor.repositories(text)).isEmpty();
		assertThat(LinkExtractor.projectPage(text)).contains("https://story2motion.github.io/");
	}

	@Test
	void takesNoPageOfGithubItselfForARepository() {
		String text = "See https://github.com/features/copilot, https://github.com/orgs/epfml/repositories, "
				+ "github.com/topics/llm and https://github.com/settings/profile.";

		assertThat(LinkExtractor.repositories(text)).isEmpty();
	}

	@Test
	void takesNoLinkOnAnotherHostForAGithubRepository() {
		assertThat(LinkExtractor.repositories("https://evil.example/github.com/owner/repo and notgithub.com/a/b"))
			.isEmpty();
	}

	@Test
	void listsARepositoryWrittenTwiceOnce() {
		String text = "Code: https://github.com/edwardjhu/TP4 (mirror: github.com/EdwardJHu/tp4.git). "
				+ "Also https://github.com/edwardjhu/TP4/tree/main/examples.";

		assertThat(LinkExtractor.repositories(text)).singleElement().satisfies(repository -> {
			assertThat(repository.key()).isEqualTo("github.com/edwardjhu/tp4");
			assertThat(repository.path()).isEqualTo("examples");
		});
	}

	@Test
	void readsGitlabRepositories() {
		assertThat(LinkExtractor.repositories("Code: https://gitlab.com/Some-Group/some.project/-/tree/dev."))
			.extracting(RepositoryRef::host, RepositoryRef::key)
			.containsExactly(tuple("gitlab.com", "gitlab.com/some-group/some.project"));
	}

	@Test
	void listsRepositoriesInOrderOfFirstMention() {
		String text = "github.com/b/second then https://github.com/a/first and github.com/b/second";

		assertThat(LinkExtractor.repositories(text))
			.extracting(RepositoryRef::key)
			.containsExactly("github.com/b/second", "github.com/a/first");
	}

	@Test
	void findsNothingInTextWithoutLinks() {
		assertThat(LinkExtractor.repositories("No code was released.")).isEmpty();
		assertThat(LinkExtractor.repositories(null)).isEmpty();
		assertThat(LinkExtractor.projectPage("No page either.")).isEmpty();
		assertThat(LinkExtractor.projectPage(null)).isEmpty();
	}

	@Test
	void skipsPaperAndCodeSitesWhenLookingForAProjectPage() {
		String text = "See https://arxiv.org/abs/2308.16137, https://huggingface.co/papers/2308.16137, "
				+ "https://github.com/a/b and https://project.example.org/demo.";

		assertThat(LinkExtractor.projectPage(text)).contains("https://project.example.org/demo");
	}

	@Test
	void readsTheOfficialRepositoryFromAUrlOrOwnerAndName() {
		assertThat(LinkExtractor.officialRepository("https://github.com/Glaciohound/LM-Infinite", 412))
			.hasValueSatisfying(repository -> {
				assertThat(repository.key()).isEqualTo("github.com/glaciohound/lm-infinite");
				assertThat(repository.official()).isTrue();
				assertThat(repository.stars()).isEqualTo(412);
			});
		assertThat(LinkExtractor.officialRepository("deepseek-ai/DeepSeek-Math", null))
			.map(RepositoryRef::key)
			.contains("github.com/deepseek-ai/deepseek-math");
	}

	@Test
	void rejectsAnOfficialRepositoryThatIsNotOnACodeHost() {
		assertThat(LinkExtractor.officialRepository("javascript:alert(1)", 5)).isEmpty();
		assertThat(LinkExtractor.officialRepository("https://evil.example/github.com/owner/repo", 5)).isEmpty();
		assertThat(LinkExtractor.officialRepository("https://evil.example/?next=github.com/owner/repo", 5)).isEmpty();
		assertThat(LinkExtractor.officialRepository("https://github.com/features/actions", 5)).isEmpty();
		assertThat(LinkExtractor.officialRepository("  ", 5)).isEmpty();
		assertThat(LinkExtractor.officialRepository(null, 5)).isEmpty();
	}

	@Test
	void keepsOnlyHttpProjectPages() {
		assertThat(LinkExtractor.cleanProjectPage("https://story2motion.github.io/."))
			.contains("https://story2motion.github.io/");
		assertThat(LinkExtractor.cleanProjectPage("javascript:alert(1)")).isEmpty();
		assertThat(LinkExtractor.cleanProjectPage("data:text/html,<script>alert(1)</script>")).isEmpty();
		assertThat(LinkExtractor.cleanProjectPage("https://x.example/\"><script>")).isEmpty();
	}

}
