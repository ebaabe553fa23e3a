package org.papergraph.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a fresh embedded database of its own, served on a random port, with a known API key, no
 * sample data, fetching rules that let tests serve pages from loopback, and no background derive (tests derive when
 * they need to, and wait). Test classes with this annotation share one application context, which counts data
 * fetcher invocations ({@link FetchCounter}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"papergraph.data-dir=target/test-db/${random.uuid}", "papergraph.sample-data=false",
		"papergraph.api-key=" + PapergraphTest.API_KEY, "papergraph.fetch.allowed-hosts=localhost",
		"papergraph.fetch.require-https=false", "papergraph.fetch.block-private-addresses=false",
		"papergraph.fetch.polite-delay=0s", "papergraph.fetch.timeout=3s", "papergraph.fetch.max-body-bytes=1000000",
		"papergraph.similarity.background=false", "papergraph.limits.read-timeout=30s",
		"papergraph.limits.request-timeout=60s" })
@Import(FetchCounter.class)
public @interface PapergraphTest {

	/** The API key of test applications. */
	String API_KEY = "test-key-0123456789";

}
