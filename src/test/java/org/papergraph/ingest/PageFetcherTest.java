package org.papergraph.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageFetcherTest {

	private static final URI PAGE = URI.create("https://huggingface.co/papers");

	@Test
	void refusesBytesThatAreNotValidInTheDeclaredCharset() {
		byte[] invalidUtf8 = { 'T', 'i', 't', 'l', 'e', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF };

		assertThatThrownBy(() -> PageFetcher.decode(PAGE, invalidUtf8, StandardCharsets.UTF_8))
			.isInstanceOf(IngestException.class)
			.hasMessageContaining("UTF-8")
			.hasMessageContaining(PAGE.toString());
	}

	@Test
	void decodesValidTextInTheDeclaredCharset() {
		String text = "Jonas Müller ’ φ^3";

		assertThat(PageFetcher.decode(PAGE, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
			.isEqualTo(text);
		byte[] latin1 = "Müller".getBytes(StandardCharsets.ISO_8859_1);

		assertThat(PageFetcher.decode(PAGE, latin1, StandardCharsets.ISO_8859_1)).isEqualTo("Müller");
	}

	@Test
	void refusesCharactersTheDeclaredCharsetCannotMap() {
		byte[] undefinedInWindows1252 = { 'a', (byte) 0x81, 'b' };

		assertThatThrownBy(() -> PageFetcher.decode(PAGE, undefinedInWindows1252, Charset.forName("windows-1252")))
			.isInstanceOf(IngestException.class)
			.hasMessageContaining("windows-1252");
	}

}
