package org.papergraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Reads test fixtures and the bundled sample from the classpath.
 */
public final class Fixtures {

	/** The bundled sample: the seed listing of 28 papers. */
	public static final String SEED = "sample/hf-papers-search-infinite.txt";

	private Fixtures() {
	}

	/** A classpath resource as UTF-8 text. */
	public static String text(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A classpath resource as a file. */
	public static Path file(String path) {
		try {
			return new ClassPathResource(path).getFile().toPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
