package org.papergraph.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.system.PapergraphProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlPolicyTest {

	private static final PapergraphProperties.Fetch RULES = new PapergraphProperties.Fetch(
			List.of("huggingface.co", "arxiv.org", "export.arxiv.org"), true, true, Duration.ofSeconds(8), 5_242_880, 3,
			Duration.ofSeconds(1));

	private static final UrlPolicy POLICY = new UrlPolicy(RULES,
			resolver(Map.of("huggingface.co", List.of("18.244.202.27", "2600:9000:2102:a00::1"), "arxiv.org",
					List.of("151.101.3.42"), "export.arxiv.org", List.of("128.84.21.199"))));

	/** A resolver that knows only the given names, so that no test touches DNS. */
	private static UrlPolicy.HostResolver resolver(Map<String, List<String>> addresses) {
		return host -> {
			List<String> known = addresses.get(host);
			if (known == null) {
				throw new UnknownHostException(host);
			}
			List<InetAddress> resolved = new ArrayList<>();
			for (String address : known) {
				resolved.add(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
			}
			return resolved;
		};
	}

	static List<String> bypassAttempts() {
		return List.of("https://huggingface.co@evil.com/papers/2401.00001",
				"https://huggingface.co.evil.example/papers/x",
				"http://huggingface.co/papers/2401.00001",
				"https://HUGGINGFACE.CO/papers/x",
				"https://127.0.0.1/",
				"https://[::1]/",
				"https://2130706433/",
				"https://0x7f.1/",
				"https://0177.0.0.1/",
				"https://[::ffff:127.0.0.1]/",
				"https://169.254.169.254/latest/meta-data/",
				"file:///etc/passwd",
				"jar:file:/x!/y",
				"ftp://huggingface.co/x",
				"https://huggingface.co\\@evil.com/",
				"https://evil.com#@huggingface.co",
				"https://evil.com?@huggingface.co",
				"https://huggingface.co:8443/papers",
				"gopher://huggingface.co/",
				"https://user:pass@huggingface.co/papers",
				"https://huggingface.co/papers/" + "a".repeat(3000),
				"",
				"   ",
				"javascript:alert(1)",
				"https://localhost/",
				"https://0.0.0.0/",
				"https://huggingface.co /papers",
				"https://huggingface.co/papers\n/x",
				"//huggingface.co/papers",
				"huggingface.co/papers",
				"https://evil.com/https://huggingface.co/papers",
				"https://arxiv.org.evil.com/abs/2308.16137",
				"https://huggingface.co./papers",
				"https://www.huggingface.co/papers");
	}

	@ParameterizedTest
	@MethodSource("bypassAttempts")
	void refusesEveryBypassAttempt(String url) {
		assertThatThrownBy(() -> POLICY.target(url)).isInstanceOf(IngestException.class);
	}

	@Test
	void refusesNull() {
		assertThatThrownBy(() -> POLICY.target(null)).isInstanceOf(IngestException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void saysWhyAUrlWasRefused() {
		assertThatThrownBy(() -> POLICY.target("http://huggingface.co/papers")).hasMessageContaining("https");
		assertThatThrownBy(() -> POLICY.target("https://user:pass@huggingface.co/papers"))
			.hasMessageContaining("credentials");
		assertThatThrownBy(() -> POLICY.target("https://evil.com/")).hasMessageContaining("host is not one of");
		assertThatThrownBy(() -> POLICY.target("https://huggingface.co:8443/papers")).hasMessageContaining("port");
		assertThatThrownBy(() -> POLICY.target("https://huggingface.co/" + "a".repeat(3000)))
			.hasMessageContaining("longer than");
	}

	@Test
	void refusesAnAllowedHostThatResolvesToAPrivateAddress() {
		UrlPolicy rebound = new UrlPolicy(RULES, resolver(Map.of("huggingface.co", List.of("10.0.0.1"))));

		assertThatThrownBy(() -> rebound.target("https://huggingface.co/papers/2308.16137"))
			.isInstanceOf(IngestException.class)
			.hasMessageContaining("non-public address");
	}

	@Test
	void checksTheUrlsBuiltFromAnArxivIdAsStrictlyAsAnyOther() {
		UrlPolicy rebound = new UrlPolicy(RULES, resolver(Map.of("huggingface.co", List.of("127.0.0.1"), "export.arxiv.org",
				List.of("::ffff:10.1.2.3"))));
		UrlPolicy arxivOnly = new UrlPolicy(new PapergraphProperties.Fetch(List.of("arxiv.org"), true, true,
				Duration.ofSeconds(8), 5_242_880, 3, Duration.ofSeconds(1)), resolver(Map.of()));

		assertThatThrownBy(() -> rebound.target("2308.16137")).hasMessageContaining("non-public address");
		assertThatThrownBy(() -> rebound.target("https://arxiv.org/abs/2308.16137")).hasMessageContaining("non-public");
		assertThatThrownBy(() -> arxivOnly.target("2308.16137")).hasMessageContaining("host is not one of arxiv.org");
	}

	@Test
	void refusesAnAllowedHostWhenAnyOfItsAddressesIsNotPublic() {
		UrlPolicy mixed = new UrlPolicy(RULES,
				resolver(Map.of("huggingface.co", List.of("18.244.202.27", "127.0.0.1"), "arxiv.org",
						List.of("151.101.3.42", "::ffff:169.254.169.254"))));

		assertThatThrownBy(() -> mixed.target("https://huggingface.co/papers")).hasMessageContaining("non-public");
		assertThatThrownBy(() -> mixed.target("https://arxiv.org/list/cs.CL/new")).hasMessageContaining("non-public");
	}

	@Test
	void refusesAnAllowedHostThatDoesNotResolve() {
		UrlPolicy unresolved = new UrlPolicy(RULES, resolver(Map.of("huggingface.co", List.of())));

		assertThatThrownBy(() -> unresolved.target("https://huggingface.co/papers")).isInstanceOf(IngestException.class)
			.hasMessageContaining("does not resolve");
		assertThatThrownBy(() -> unresolved.target("https://export.arxiv.org/api/query?id_list=2308.16137"))
			.isInstanceOf(IngestException.class)
			.hasMessageContaining("does not resolve");
	}

	@Test
	void checksEveryRedirectTargetAgain() {
		assertThatThrownBy(() -> POLICY.check(URI.create("https://evil.com/papers")))
			.isInstanceOf(IngestException.class);
		assertThatThrownBy(() -> POLICY.check(URI.create("http://huggingface.co/papers")))
			.isInstanceOf(IngestException.class);
		assertThatThrownBy(() -> POLICY.check(URI.create("/papers"))).isInstanceOf(IngestException.class);
	}

	@Test
	void turnsABareArxivIdIntoItsHuggingFacePage() {
		assertThat(POLICY.target("2308.16137")).isEqualTo(URI.create("https://huggingface.co/papers/2308.16137"));
		assertThat(POLICY.target(" 2308.16137v4 ")).isEqualTo(URI.create("https://huggingface.co/papers/2308.16137"));
	}

	@Test
	void turnsAnArxivPageIntoItsApiQuery() {
		URI api = URI.create("https://export.arxiv.org/api/query?id_list=2308.16137");

		assertThat(POLICY.target("https://arxiv.org/abs/2308.16137v4")).isEqualTo(api);
		assertThat(POLICY.target("https://arxiv.org/pdf/2308.16137v4.pdf")).isEqualTo(api);
		assertThat(POLICY.target("https://www.arxiv.org/abs/2308.16137")).isEqualTo(api);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://huggingface.co/papers/date/2024-03-11",
			"https://huggingface.co/papers?q=long+context", "https://huggingface.co/papers/week/2024-W11",
			"https://huggingface.co:443/papers/trending",
			"https://export.arxiv.org/api/query?search_query=all:attention" })
	void acceptsAllowedHttpsUrlsAsTheyAre(String url) {
		assertThat(POLICY.target(url)).isEqualTo(URI.create(url));
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "100.127.0.1",
			"127.0.0.1", "0.0.0.0", "169.254.169.254", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::",
			"fc00::1", "fd12:3456::1", "fe80::1", "ff02::1" })
	void takesReservedAddressesForNonPublic(String address) throws UnknownHostException {
		assertThat(UrlPolicy.isPublic(InetAddress.getByName(address))).isFalse();
	}

	@Test
	void looksInsideIpv4MappedIpv6Addresses() throws UnknownHostException {
		byte[] mapped = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1 };
		byte[] mappedPublic = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 8, 8, 8, 8 };

		assertThat(UrlPolicy.isPublic(InetAddress.getByName("::ffff:10.0.0.1"))).isFalse();
		assertThat(UrlPolicy.isPublic(Inet6Address.getByAddress(null, mapped, -1))).isFalse();
		assertThat(UrlPolicy.isPublic(Inet6Address.getByAddress(null, mappedPublic, -1))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "18.244.202.27", "151.101.3.42", "2606:4700::1111", "2600:9000:2102:a00::1" })
	void takesRoutableAddressesForPublic(String address) throws UnknownHostException {
		assertThat(UrlPolicy.isPublic(InetAddress.getByName(address))).isTrue();
	}

}
