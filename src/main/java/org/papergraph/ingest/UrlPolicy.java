package org.papergraph.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.system.PapergraphProperties;

/**
 * Decides which URLs papergraph may fetch: allowlisted hosts only, https only, no credentials, and no host that
 * resolves to a loopback, private, link-local or otherwise non-public address; turns arXiv ids and arXiv pages into
 * the URL that serves their data.
 */
public final class UrlPolicy {

	static final int MAX_URL_LENGTH = 2_048;

	private static final Pattern BARE_ARXIV_ID = Pattern.compile("^(\\d{4}\\.\\d{4,5})(v\\d+)?$");

	private static final Pattern ARXIV_PAGE = Pattern
		.compile("^https://(?:www\\.)?arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?:\\.pdf)?/?$");

	private final PapergraphProperties.Fetch rules;

	private final HostResolver resolver;

	public UrlPolicy(PapergraphProperties.Fetch rules, HostResolver resolver) {
		this.rules = rules;
		this.resolver = resolver;
	}

	/** Resolves host names to addresses; replaceable so that tests need no DNS. */
	@FunctionalInterface
	public interface HostResolver {

		List<InetAddress> resolve(String host) throws UnknownHostException;

		/** The system resolver. */
		static HostResolver system() {
			return host -> List.of(InetAddress.getAllByName(host));
		}

	}

	/** The URL to fetch for what a user gave: an arXiv id, an arXiv page, or an allowed URL; refused otherwise. */
	public URI target(String input) {
		if (input == null || input.isBlank()) {
			throw new IngestException("The URL is empty");
		}
		String trimmed = input.strip();
		if (trimmed.length() > MAX_URL_LENGTH) {
			throw new IngestException("The URL is longer than " + MAX_URL_LENGTH + " characters");
		}
		URI uri;
		Matcher bare = BARE_ARXIV_ID.matcher(trimmed);
		Matcher arxivPage = ARXIV_PAGE.matcher(trimmed);
		if (bare.matches()) {
			uri = URI.create("https://huggingface.co/papers/" + bare.group(1));
		}
		else if (arxivPage.matches()) {
			uri = URI.create("https://export.arxiv.org/api/query?id_list=" + arxivPage.group(1));
		}
		else {
			uri = parse(trimmed);
		}
		// The URLs built from an id are checked too: the allowlist and the resolved addresses hold for every fetch.
		check(uri);
		return uri;
	}

	/** Checks a URL, including each redirect target, against every rule; throws a clear error when one fails. */
	public void check(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(scheme.equals("http") && !rules.requireHttps())) {
			throw refused(uri, "only https URLs are fetched");
		}
		if (uri.getRawUserInfo() != null) {
			throw refused(uri, "URLs with credentials are not fetched");
		}
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			throw refused(uri, "it names no host");
		}
		String normalizedHost = host.toLowerCase(Locale.ROOT);
		if (!host.equals(normalizedHost) || !rules.allowedHosts().contains(normalizedHost)) {
			throw refused(uri, "the host is not one of " + String.join(", ", rules.allowedHosts()));
		}
		if (uri.getPort() != -1 && rules.requireHttps() && uri.getPort() != 443) {
			throw refused(uri, "only the standard https port is used");
		}
		if (rules.blockPrivateAddresses()) {
			List<InetAddress> addresses;
			try {
				addresses = resolver.resolve(host);
			}
			catch (UnknownHostException ex) {
				throw refused(uri, "the host does not resolve");
			}
			if (addresses.isEmpty()) {
				throw refused(uri, "the host does not resolve");
			}
			for (InetAddress address : addresses) {
				if (!isPublic(address)) {
					throw refused(uri, "the host resolves to a non-public address");
				}
			}
		}
	}

	/** Whether an address is routable on the public internet (not loopback, private, link-local, CGNAT, ULA, ...). */
	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address) {
			if ((b[0] & 0xfe) == 0xfc) {
				return false; // unique local fc00::/7
			}
			if (isEmbeddedIpv4(b)) {
				try {
					return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
			return (b[0] & 0xe0) == 0x20; // global unicast 2000::/3
		}
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return !(first == 0 || first == 10 || first == 127 || first >= 224
					|| first == 100 && second >= 64 && second <= 127 || first == 169 && second == 254
					|| first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168
					|| first == 192 && second == 0 && (b[2] & 0xff) == 0 || first == 198 && (second == 18 || second == 19));
		}
		return false;
	}

	private static boolean isEmbeddedIpv4(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
	}

	private static URI parse(String value) {
		if (value.contains("\\") || value.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
			throw new IngestException("Refused the URL: it contains backslashes, spaces or control characters");
		}
		try {
			return new URI(value);
		}
		catch (URISyntaxException ex) {
			throw new IngestException("Refused the URL: it is not a valid URL (" + ex.getReason() + ")");
		}
	}

	private static IngestException refused(URI uri, String reason) {
		String shown = Optional.ofNullable(uri.toString()).map(s -> s.length() > 200 ? s.substring(0, 200) + "..." : s)
			.orElse("");
		return new IngestException("Refused to fetch " + shown + ": " + reason);
	}

}
