package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.graph.RepositoryRef;

/**
 * Finds code repositories and project pages in free text, however messily they are written: with or without a
 * scheme, inside a LaTeX url command, with trailing punctuation, {@code .git} or a {@code /tree/branch/path}.
 */
final class LinkExtractor {

	private static final Pattern REPOSITORY = Pattern.compile(
			"(?i)(?<![\\w./-])(?:https?://)?(?:www\\.)?(github\\.com|gitlab\\.com)/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]+)((?:/[^\\s}\\])>\"'<,;]*)?)");

	private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s}\\])>\"'<]+");

	private static final Pattern OWNER_REPO = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+$");

	/** First path segments of github.com that are pages of the site, not owners of repositories. */
	private static final Set<String> RESERVED_OWNERS = Set.of("about", "apps", "collections", "contact", "customer-stories",
			"enterprise", "explore", "features", "login", "marketplace", "notifications", "orgs", "pricing", "pulls",
			"search", "security", "settings", "site", "sponsors", "topics", "trending", "users");

	private static final Set<String> NOT_PROJECT_PAGE_HOSTS = Set.of("github.com", "www.github.com", "gitlab.com",
			"arxiv.org", "www.arxiv.org", "export.arxiv.org", "huggingface.co", "doi.org", "dx.doi.org");

	private LinkExtractor() {
	}

	/** The repositories the text links to, in order of first mention, each once. */
	static List<RepositoryRef> repositories(String text) {
		Map<String, RepositoryRef> found = new LinkedHashMap<>();
		if (text == null) {
			return List.of();
		}
		Matcher matcher = REPOSITORY.matcher(text);
		while (matcher.find()) {
			repository(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4), false)
				.ifPresent(ref -> found.merge(ref.key(), ref, RepositoryRef::mergedWith));
		}
		return List.copyOf(found.values());
	}

	/**
	 * A repository from a source's dedicated field such as {@code githubRepo}: a full URL or {@code owner/name}.
	 */
	static Optional<RepositoryRef> officialRepository(String value, Integer stars) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String trimmed = value.strip();
		if (OWNER_REPO.matcher(trimmed).matches()) {
			String[] parts = trimmed.split("/");
			return repository("github.com", parts[0], parts[1], null, true).map(ref -> withStars(ref, stars));
		}
		Matcher matcher = REPOSITORY.matcher(trimmed);
		if (matcher.lookingAt()) {
			return repository(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4), true)
				.map(ref -> withStars(ref, stars));
		}
		return Optional.empty();
	}

	/** The first link in the text that is neither a repository nor a paper site: the project's page. */
	static Optional<String> projectPage(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = URL.matcher(text);
		while (matcher.find()) {
			String url = trimTrailing(matcher.group());
			String host = hostOf(url);
			if (!host.isEmpty() && !NOT_PROJECT_PAGE_HOSTS.contains(host)) {
				return Optional.of(url);
			}
		}
		return Optional.empty();
	}

	/** A project page given in a source's own field, kept only when it is an http(s) link. */
	static Optional<String> cleanProjectPage(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String trimmed = trimTrailing(value.strip());
		return trimmed.matches("(?i)https?://[^\\s<>\"']+") ? Optional.of(trimmed) : Optional.empty();
	}

	private static Optional<RepositoryRef> repository(String host, String owner, String rawName, String rawPath,
			boolean official) {
		if (RESERVED_OWNERS.contains(owner.toLowerCase(Locale.ROOT))) {
			return Optional.empty();
		}
		String name = trimTrailing(rawName);
		if (name.toLowerCase(Locale.ROOT).endsWith(".git")) {
			name = name.substring(0, name.length() - 4);
		}
		name = trimTrailing(name);
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return Optional.empty();
		}
		return Optional.of(new RepositoryRef(host.toLowerCase(Locale.ROOT), owner, name, path(rawPath), null, official));
	}

	private static String path(String rawPath) {
		if (rawPath == null) {
			return null;
		}
		String path = trimTrailing(rawPath).replaceFirst("^/+", "");
		path = path.replaceFirst("^(?:-/)?(?:tree|blob)/[^/]+/?", "");
		path = path.replaceFirst("[?#].*$", "");
		if (path.isBlank() || path.matches("(?:.*/)?\\.\\.(?:/.*)?")) {
			return null;
		}
		return path;
	}

	private static String trimTrailing(String value) {
		return value.replaceAll("[.,;:!?)\\]}>'\"]+$", "");
	}

	private static String hostOf(String url) {
		String rest = url.replaceFirst("(?i)^https?://", "");
		int end = rest.indexOf('/');
		String host = (end < 0 ? rest : rest.substring(0, end)).toLowerCase(Locale.ROOT);
		return host.contains("@") ? "" : host.replaceFirst(":\\d+$", "");
	}

	private static RepositoryRef withStars(RepositoryRef ref, Integer stars) {
		return new RepositoryRef(ref.host(), ref.owner(), ref.name(), ref.path(), stars, ref.official());
	}

	static List<RepositoryRef> merge(List<RepositoryRef> first, List<RepositoryRef> second) {
		Map<String, RepositoryRef> merged = new LinkedHashMap<>();
		for (RepositoryRef ref : first) {
			merged.merge(ref.key(), ref, RepositoryRef::mergedWith);
		}
		for (RepositoryRef ref : second) {
			merged.merge(ref.key(), ref, RepositoryRef::mergedWith);
		}
		return new ArrayList<>(merged.values());
	}

}
