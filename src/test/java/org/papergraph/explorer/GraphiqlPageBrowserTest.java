package org.papergraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import java.util.List;
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

import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.openqa.selenium.support.ui.WebDriverWait;
import org.papergraph.testsupport.HeadlessChromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in a real headless Chromium that can reach loopback and nothing else, against the whole application with
 * the bundled sample: the page loads only this origin's files, runs a query, sends the headers of its Headers tab and
 * opens its dialogs, and the browser console stays free of errors. Skipped where Chromium and chromedriver are not
 * installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"papergraph.data-dir=target/test-db/graphiql-${random.uuid}", "papergraph.sample-data=true",
		"papergraph.api-key=" + GraphiqlPageBrowserTest.API_KEY, "papergraph.page-cache=64m",
		"papergraph.derive.auto=false", "papergraph.similarity.background=false",
		"papergraph.limits.request-timeout=60s", "papergraph.limits.read-timeout=60s" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "browserInstalled", disabledReason = "The GraphiQL browser test needs Chromium and chromedriver at "
		+ "/usr/bin (Debian packages chromium and chromium-driver): skipped")
class GraphiqlPageBrowserTest {

	static final String API_KEY = "graphiql-test-key-0123456789";

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	/** Where GraphiQL's own CDN page would load it from. */
	private static final String CDN = "https://unpkg.com/graphiql@2.4.7/graphiql.min.js";

	/** A public address, given as a number so that no name has to be resolved. */
	private static final String OUTSIDE_ADDRESS = "https://1.1.1.1/";

	/** The text of the result pane (empty before there is one), as a script expression. */
	private static final String RESULT = "(document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue()"
			+ " ?? '')";

	private static HeadlessChromium chromium;

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	/** Whether the browser is there; checked before the application starts, so that a skip says why. */
	static boolean browserInstalled() {
		return HeadlessChromium.installed();
	}

	/**
	 * Starts Chromium with loopback as the only network: every name but {@code localhost} fails to resolve, and every
	 * request that is not to loopback goes to a proxy on the discard port, where nothing listens (so literal addresses
	 * fail too).
	 */
	@BeforeAll
	static void startBrowser() {
		chromium = HeadlessChromium.start("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
				"--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<loopback>");
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
	void reachesNoHostBeyondLoopback() {
		// A blank page has no policy that would refuse the requests before the network does, and loads nothing itself.
		browser.get("about:blank");
		browser.manage().logs().get(LogType.BROWSER);

		assertThat(reach(CDN)).startsWith("failed");
		assertThat(reach(OUTSIDE_ADDRESS)).startsWith("failed");
		List<String> errors = consoleErrors();
		for (String outside : List.of(CDN, OUTSIDE_ADDRESS)) {
			assertThat(errors).as("why %s failed", outside).anySatisfy(error -> assertThat(error).startsWith(outside)
				.containsAnyOf("net::ERR_PROXY_CONNECTION_FAILED", "net::ERR_NAME_NOT_RESOLVED"));
		}
	}

	@Test
	@Order(2)
	@SuppressWarnings("unchecked")
	void runsAQueryWithOnlyLoopbackReachable() throws IOException {
		browser.get(base() + "/graphiql");
		waitFor("the query editor", "document.querySelector('.graphiql-query-editor .CodeMirror')");
		assertThat(editor("graphiql-query-editor")).contains("stats").contains("Authorization");

		WebElement query = browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror"));
		query.click();
		browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		browser.switchTo().activeElement().sendKeys("{ stats { papers topics");
		browser.switchTo().activeElement().sendKeys(Keys.ESCAPE, Keys.chord(Keys.CONTROL, Keys.ENTER));

		waitFor("the answer", RESULT + ".includes('\"papers\"')");
		assertThat(editor("result-window")).contains("\"papers\": 28").contains("\"topics\": 132")
			.doesNotContain("errors");
		screenshot("graphiql.png");

		List<String> resources = (List<String>) script(
				"return performance.getEntriesByType('resource').map(entry => entry.name)");
		assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base() + "/"));
		assertThat(resources).anySatisfy(url -> assertThat(url).contains("/webjars/graphiql/"))
			.anySatisfy(url -> assertThat(url).endsWith("/graphql"));
		assertThat(consoleErrors()).as("errors in the browser console").isEmpty();
	}

	@Test
	@Order(3)
	void sendsTheApiKeyOfTheHeadersTabWithAMutation() {
		setEditor("graphiql-query-editor", """
				mutation { ingest(input: { text: "GraphiQL Offline\\n\\nA page that needs no network beyond its own \
				origin, so that a query editor runs on a machine that is not connected.\\n" }) { papersCreated } }""");
		run();
		waitFor("the refusal", RESULT + ".includes('API key')");
		assertThat(editor("result-window")).contains("UNAUTHORIZED");

		browser.findElement(By.xpath("//button[normalize-space()='Headers']")).click();
		String headers = "graphiql-editor-tool .graphiql-editor:not(.hidden)";
		waitFor("the headers editor", "document.querySelector('." + headers + " .CodeMirror')");
		setEditor(headers, "{ \"Authorization\": \"Bearer " + API_KEY + "\" }");
		run();
		waitFor("the ingest report", RESULT + ".includes('papersCreated')");
		assertThat(editor("result-window")).contains("\"papersCreated\": 1").doesNotContain("errors");
		assertThat(consoleErrors()).as("errors in the browser console").isEmpty();
	}

	@Test
	@Order(4)
	void opensItsDialogsWithinThePagePolicy() {
		browser.findElement(By.cssSelector("button[aria-label='Open settings dialog']")).click();
		waitFor("the settings dialog", "document.querySelector('[data-reach-dialog-content]')");
		assertThat(browser.findElement(By.cssSelector("[data-reach-dialog-content]")).getText()).contains("Theme");

		browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		waitFor("the dialog to close", "!document.querySelector('[data-reach-dialog-content]')");
		assertThat(consoleErrors()).as("errors in the browser console").isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	/** Fetches a URL from the page and says whether the request got an answer (of any status). */
	private String reach(String url) {
		return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { mode: 'no-cors', cache: 'no-store' })
				  .then(() => done('reached'), error => done('failed: ' + error));""", url);
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	/** The text of the CodeMirror editor inside the element of this class. */
	private String editor(String className) {
		return (String) script("return document.querySelector('." + className + " .CodeMirror').CodeMirror.getValue()");
	}

	private void setEditor(String className, String text) {
		script("document.querySelector('." + className + " .CodeMirror').CodeMirror.setValue(arguments[0])", text);
	}

	private void run() {
		browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();
	}

	private void waitFor(String what, String expression) {
		new WebDriverWait(browser, PATIENCE).withMessage("waiting for " + what)
			.until(driver -> script("return !!(" + expression + ")").equals(true));
	}

	private void screenshot(String name) throws IOException {
		Path target = Path.of("target", name);
		Files.createDirectories(target.getParent());
		Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
	}

	private List<String> consoleErrors() {
		List<String> severe = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				severe.add(entry.getMessage());
			}
		}
		return severe;
	}

}
