package org.papergraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.papergraph.graph.PaperRecord;
import org.papergraph.graph.PaperWriter;
import org.papergraph.graph.SourceRef;
import org.papergraph.graph.WriteResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Ingests text, HTML, files and URLs: fetch and parse outside any transaction, then one all-or-nothing write per
 * page, then a {@link PapersChanged} event for the derived data.
 */
@Service
public class IngestService {

	/** The largest document accepted from a file or a request, in characters. */
	public static final int MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;

	private final PaperWriter writer;

	private final PageFetcher fetcher;

	private final ApplicationEventPublisher events;

	public IngestService(PaperWriter writer, PageFetcher fetcher, ApplicationEventPublisher events) {
		this.writer = writer;
		this.fetcher = fetcher;
		this.events = events;
	}

	/** Ingests a listing given as text (any supported format, detected from the content). */
	public IngestReport ingestText(String text) {
		return ingestText(text, null);
	}

	/** Ingests a listing given as text; nothing is written unless all of it is by {@code deadline} (null: no deadline). */
	public IngestReport ingestText(String text, Instant deadline) {
		checkSize(text);
		Listing listing = ListingParser.parse(text, null);
		return write(listing.kind().at("sha256:" + digest(text)), listing, deadline);
	}

	/** Ingests a Hugging Face page given as HTML; {@code sourceUrl} names where it came from and is never fetched. */
	public IngestReport ingestHtml(String html, String sourceUrl) {
		return ingestHtml(html, sourceUrl, null);
	}

	/** Ingests a page given as HTML; nothing is written unless all of it is by {@code deadline} (null: no deadline). */
	public IngestReport ingestHtml(String html, String sourceUrl, Instant deadline) {
		checkSize(html);
		if (sourceUrl == null || sourceUrl.isBlank()) {
			throw new IngestException("html needs sourceUrl: the address the page was saved from");
		}
		if (sourceUrl.length() > UrlPolicy.MAX_URL_LENGTH || !sourceUrl.strip().matches("(?i)https?://[^\\s<>\"]+")) {
			throw new IngestException("sourceUrl must be an http(s) URL of at most " + UrlPolicy.MAX_URL_LENGTH + " characters");
		}
		Listing listing = ListingParser.parseHtml(html, sourceUrl.strip());
		return write(listing.kind().at(sourceUrl.strip()), listing, deadline);
	}

	/** Fetches an allowed URL (or an arXiv id) and ingests it. */
	public IngestReport ingestUrl(String url) {
		return ingestUrl(url, null);
	}

	/** Fetches and ingests a URL; nothing is written unless all of it is by {@code deadline} (null: no deadline). */
	public IngestReport ingestUrl(String url, Instant deadline) {
		FetchedPage page = fetcher.fetch(url);
		Listing listing = page.contentType().contains("html") ? ListingParser.parseHtml(page.body(), page.uri().toString())
				: ListingParser.parse(page.body(), page.uri().toString());
		return write(listing.kind().at(page.uri().toString()), listing, deadline);
	}

	/**
	 * Ingests one file, read as strict UTF-8; the source is the content, as for text given directly, so the same
	 * listing read from a file, as text or as the bundled sample is one source and a second reading writes nothing.
	 */
	public IngestReport ingestFile(Path file) {
		String content;
		try {
			if (Files.size(file) > MAX_DOCUMENT_CHARS) {
				throw new IngestException(file + " is larger than the " + MAX_DOCUMENT_CHARS / (1024 * 1024) + " MB limit");
			}
			content = PageFetcher.decode(file.toUri(), Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IngestException("Cannot read " + file + ": " + ex.getClass().getSimpleName(), ex);
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		Listing listing = name.endsWith(".html") || name.endsWith(".htm") ? ListingParser.parseHtml(content, null)
				: ListingParser.parse(content, null);
		return write(listing.kind().at("sha256:" + digest(content)), listing, null);
	}

	/** Ingests a listing already parsed, from a named source; used for bundled and generated data. */
	public IngestReport ingestListing(SourceRef source, Listing listing) {
		return write(source, listing, null);
	}

	private IngestReport write(SourceRef source, Listing listing, Instant deadline) {
		List<String> warnings = new ArrayList<>(listing.warnings());
		Map<String, PaperRecord> unique = new LinkedHashMap<>();
		for (PaperRecord paper : listing.papers()) {
			if (unique.putIfAbsent(paper.id(), paper) != null) {
				warnings.add("Skipped a second copy of \"" + paper.title() + "\" in the same input");
			}
		}
		WriteResult result;
		if (deadline == null) {
			result = writer.write(source, new ArrayList<>(unique.values()));
		}
		else {
			Duration left = Duration.between(Instant.now(), deadline);
			if (left.isNegative() || left.isZero()) {
				throw new IngestException("The request ran out of time before the page could be written; nothing was "
						+ "ingested (send a smaller page, or ingest it from the shell)");
			}
			result = writer.write(source, new ArrayList<>(unique.values()), left);
		}
		if (result.created() + result.updated() > 0) {
			events.publishEvent(new PapersChanged(result.paperIds()));
		}
		return new IngestReport(source.key(), result.created(), result.updated(), result.unchanged(),
				result.repositoriesLinked(), warnings, result.paperIds());
	}

	private static void checkSize(String document) {
		if (document != null && document.length() > MAX_DOCUMENT_CHARS) {
			throw new IngestException("The input is larger than " + MAX_DOCUMENT_CHARS / (1024 * 1024) + " MB");
		}
	}

	private static String digest(String text) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
