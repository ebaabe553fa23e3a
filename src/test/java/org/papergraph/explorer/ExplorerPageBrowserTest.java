package org.papergraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.openqa.selenium.support.ui.WebDriverWait;
import org.papergraph.testsupport.HeadlessChromium;
import org.papergraph.testsupport.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in a real headless Chromium against the whole application with the bundled sample: search with the
 * keyboard, a paper's panel, expanding the graph, a deep link, the cluster map, the path finder, markup in data, and a
 * server that cannot be reached; the browser console stays free of errors. Skipped where Chromium and chromedriver are
 * not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"papergraph.data-dir=target/test-db/explorer-${random.uuid}", "papergraph.sample-data=true",
		"papergraph.api-key=" + ExplorerPageBrowserTest.API_KEY, "papergraph.page-cache=64m",
		"papergraph.limits.request-timeout=60s", "papergraph.limits.read-timeout=60s" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "browserInstalled", disabledReason = "The explorer browser test needs Chromium and chromedriver at "
		+ "/usr/bin (Debian packages chromium and chromium-driver): skipped")
@SuppressWarnings("unchecked")
class ExplorerPageBrowserTest {

	static final String API_KEY = "explorer-test-key-0123456789";

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static HeadlessChromium chromium;

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	/**
	 * Whether the browser is there. Checked as a class condition, before the application starts, so that a machine
	 * without it skips every test with the reason (an assumption in a {@code @BeforeAll} would hide the reason).
	 */
	static boolean browserInstalled() {
		return HeadlessChromium.installed();
	}

	@BeforeAll
	static void startBrowser() {
		chromium = HeadlessChromium.start();
		browser = chromium.browser();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	@Order(1)
	void searchesWithTheKeyboardAndOpensAPaperFromTheResults() {
		waitForTheSampleToBeDerived();
		browser.get(base() + "/");
		waitUntilIdle();
		assertThat(text(".stats")).contains("28").contains("papers");

		browser.findElement(By.tagName("body")).sendKeys("/");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("search-input");
		browser.switchTo().activeElement().sendKeys("long context", Keys.ENTER);
		waitFor("the search results", "document.querySelector('.results a.result-link, #panel .state.error')");
		assertThat(browser.findElements(By.cssSelector("#panel .state.error"))).as(text("#panel")).isEmpty();
		List<WebElement> results = browser.findElements(By.cssSelector(".results a.result-link"));
		assertThat(results).isNotEmpty();
		String firstTitle = results.get(0).getText();
		assertThat(browser.getCurrentUrl()).endsWith("#/search/long%20context");

		browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo(firstTitle);
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);

		waitFor("the paper panel", "document.getElementById('paper-title')");
		waitUntilIdle();
		assertThat(text("#paper-title")).isEqualTo(firstTitle);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("paper-title");
		assertThat(browser.getCurrentUrl()).contains("#/paper/");
		assertThat(text("[data-testid=authors]")).isNotBlank();
		assertThat(browser.findElements(By.cssSelector(".topic-list .topic-item a"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".topic-list .evidence li"))).isNotEmpty();
		assertThat(text("#panel")).containsIgnoringCase("abstract").containsIgnoringCase("related papers")
			.doesNotContain("could not be loaded");
		assertThat(nodeCount()).isGreaterThan(1);
		assertThat((Boolean) script("return window.papergraph.cy.nodes('.seed').length > 0")).isTrue();
		assertNoConsoleErrors();
	}

	@Test
	@Order(2)
	void expandsTheGraphWhereANodeIsClicked() throws IOException {
		long before = nodeCount();
		List<String> candidates = (List<String>) script("""
				return window.papergraph.cy.nodes().not('.expanded')
				  .sort((a, b) => (b.data('kind') === 'TOPIC') - (a.data('kind') === 'TOPIC') || b.degree() - a.degree())
				  .map(n => n.id()).slice(0, 5)""");
		assertThat(candidates).isNotEmpty();
		long after = before;
		for (String id : candidates) {
			click(id);
			waitUntilIdle();
			after = nodeCount();
			if (after > before) {
				assertThat((Boolean) script("return window.papergraph.cy.getElementById(arguments[0]).hasClass('expanded')",
						id)).isTrue();
				break;
			}
		}
		assertThat(after).as("nodes after expanding").isGreaterThan(before);
		assertThat(browser.findElement(By.id("node-card")).isDisplayed()).isTrue();
		assertThat(text("#node-card")).contains("added");
		assertThat(text("#canvas-caption")).contains(after + " nodes");
		screenshot("explorer.png");
		assertNoConsoleErrors();
	}

	@Test
	@Order(3)
	void restoresATopicFromADeepLink() throws IOException {
		browser.get("about:blank");
		browser.get(base() + "/#/topic/infinite-context");
		waitFor("the topic panel", "document.getElementById('topic-title')");
		waitUntilIdle();
		assertThat(text("#topic-title")).isEqualTo("Long and Infinite Context");
		assertThat(browser.getTitle()).startsWith("Long and Infinite Context");
		assertThat(text(".trend")).contains("7 of 7 papers have a publication date");
		assertThat(browser.findElements(By.cssSelector("section.block ol.link-list a"))).hasSize(7);
		assertThat(browser.findElement(By.cssSelector("nav.views a[aria-current=page]")).getText()).isEqualTo("Topics");
		assertThat((Boolean) script("return window.papergraph.cy.getElementById('topic:infinite-context').hasClass('seed')"))
			.isTrue();
		assertThat(nodeCount()).isBetween(2L, 150L);
		screenshot("explorer-topic.png");
		assertNoConsoleErrors();
	}

	@Test
	@Order(4)
	void listsThePapersOfAClusterChosenOnTheMap() {
		browser.findElement(By.cssSelector("nav.views a[data-view=topics]")).click();
		waitFor("the cluster map", "window.papergraph.cy && window.papergraph.cy.nodes('[kind = \"CLUSTER\"]').length > 0");
		waitUntilIdle();
		assertThat(browser.findElements(By.cssSelector(".tree .tree-row a"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".tree a[href='#/topic/infinite-context']"))).hasSize(1);
		String cluster = (String) script("return window.papergraph.cy.nodes('[kind = \"CLUSTER\"]')[0].id()");

		click(cluster);
		waitFor("the cluster panel", "document.getElementById('cluster-title')");
		waitUntilIdle();
		assertThat(browser.getCurrentUrl()).endsWith("#/cluster/" + cluster.substring("cluster:".length()));
		assertThat(browser.findElements(By.cssSelector("#panel ol.link-list a"))).isNotEmpty();
		assertThat(text("#panel")).doesNotContain("could not be loaded");
		assertThat((Boolean) script("return window.papergraph.cy.getElementById(arguments[0]).selected()", cluster))
			.isTrue();
		assertNoConsoleErrors();
	}

	@Test
	@Order(5)
	void drawsThePathBetweenTwoPapersChosenByTitle() {
		browser.findElement(By.cssSelector("nav.views a[data-view=path]")).click();
		waitFor("the path finder", "document.querySelector('.path-form')");
		choose("From paper", "LM-Infinite");
		choose("To paper", "SirLLM");
		browser.findElement(By.cssSelector(".path-form button[type=submit]")).click();
		waitFor("the path", "document.querySelector('.hops, .path-result .state')");
		waitUntilIdle();
		List<WebElement> stops = browser.findElements(By.cssSelector(".hops .hop-stop"));
		assertThat(stops).hasSizeGreaterThanOrEqualTo(2);
		assertThat(stops.get(0).getText()).contains("LM-Infinite");
		assertThat(stops.get(stops.size() - 1).getText()).contains("SirLLM");
		assertThat(browser.findElements(By.cssSelector(".hops .hop-link"))).hasSize(stops.size() - 1);
		assertThat(browser.getCurrentUrl()).contains("#/path/");
		assertThat((Long) script("return window.papergraph.cy.nodes('.on-path').length")).isEqualTo(stops.size());
		assertNoConsoleErrors();
	}

	@Test
	@Order(6)
	void showsATitleThatArrivedWithMarkupAsPlainText() {
		String hostile = "&lt;img src=x onerror=window.pwned=1&gt; Memory &lt;script&gt;window.pwned=2&lt;/script&gt; "
				+ "for <b>very</b> long contexts, 1 < 2 & 3 > 2";
		String expected = "Memory for very long contexts, 1 < 2 & 3 > 2";
		Map<String, Object> report = Api.withKey(port, API_KEY).document("""
				mutation IngestText($text: String!) { ingest(input: { text: $text }) { paperIds } }""")
			.variable("text", hostile + "\n\nA model that keeps a compressed memory of everything it has read, so that "
					+ "very long contexts fit in a fixed budget of attention and compute.\n")
			.retrieveSync("ingest").toEntity(Map.class);
		String id = ((List<String>) report.get("paperIds")).get(0);

		browser.get(base() + "/#/paper/" + id);
		waitFor("the paper panel", "document.getElementById('paper-title')");
		waitUntilIdle();
		assertThat(text("#paper-title")).isEqualTo(expected);
		assertThat(browser.findElements(By.cssSelector("#panel img, #panel script"))).isEmpty();
		assertThat(script("return window.pwned === undefined")).isEqualTo(true);
		assertNoConsoleErrors();
	}

	@Test
	@Order(7)
	void saysSoWhenTheServerCannotBeReached() {
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		browser.setNetworkConditions(offline);
		try {
			browser.findElement(By.cssSelector("nav.views a[data-view=topics]")).click();
			waitFor("an error message", "document.querySelector('#panel .state.error')");
			assertThat(text("#panel")).contains("Cannot reach the papergraph server").contains("Try again");
			assertThat(text("#panel h1")).isEqualTo("Topics");
		}
		finally {
			browser.deleteNetworkConditions();
			browser.manage().logs().get(LogType.BROWSER);
		}
	}

	/** Waits until the background work on the sample is done: every paper embedded and the clusters found. */
	private void waitForTheSampleToBeDerived() {
		new WebDriverWait(browser, PATIENCE).withMessage("waiting for the sample's embeddings and clusters")
			.pollingEvery(Duration.ofSeconds(2))
			.until(driver -> {
				Map<String, Object> stats = Api.anonymous(port).document("{ stats { embeddingsPending clusters } }")
					.retrieveSync("stats").toEntity(Map.class);
				return ((Number) stats.get("embeddingsPending")).intValue() == 0
						&& ((Number) stats.get("clusters")).intValue() > 0;
			});
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private String text(String selector) {
		return browser.findElement(By.cssSelector(selector)).getText();
	}

	private long nodeCount() {
		return (Long) script("return window.papergraph.cy ? window.papergraph.cy.nodes().length : -1");
	}

	private void waitFor(String what, String expression) {
		new WebDriverWait(browser, PATIENCE).withMessage("waiting for " + what)
			.until(driver -> script("return !!(" + expression + ")").equals(true));
	}

	private void waitUntilIdle() {
		waitFor("the page to settle",
				"window.papergraph && window.papergraph.ready && !window.papergraph.busy && window.papergraph.cy");
	}

	/** Types into a paper picker and takes the first suggestion with the keyboard. */
	private void choose(String label, String typed) {
		WebElement input = browser.findElement(By.xpath("//label[text()='" + label + "']/following-sibling::input"));
		input.sendKeys(typed);
		waitFor("suggestions for " + typed,
				"document.querySelector('#" + input.getAttribute("aria-controls") + ":not([hidden]) [role=option]')");
		input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		assertThat(input.getAttribute("value")).contains(typed);
	}

	/** Clicks a node where Cytoscape draws it, as a person would. */
	private void click(String nodeId) {
		Map<String, Object> at = (Map<String, Object>) script("""
				const cy = window.papergraph.cy;
				const p = cy.getElementById(arguments[0]).renderedPosition();
				return { x: p.x - cy.width() / 2, y: p.y - cy.height() / 2 };""", nodeId);
		WebElement canvas = browser.findElement(By.id("cy"));
		new Actions(browser).moveToElement(canvas, ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
			.click()
			.perform();
	}

	private void screenshot(String name) throws IOException {
		new Actions(browser).moveToElement(browser.findElement(By.id("legend"))).pause(Duration.ofMillis(400)).perform();
		Path target = Path.of("target", name);
		Files.createDirectories(target.getParent());
		Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
	}

	private void assertNoConsoleErrors() {
		List<String> severe = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				severe.add(entry.getMessage());
			}
		}
		assertThat(severe).as("errors in the browser console").isEmpty();
	}

}
