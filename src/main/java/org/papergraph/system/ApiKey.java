package org.papergraph.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API key that write operations require: configured, or generated at start and printed once; compared in
 * constant time (digests of equal length, {@link MessageDigest#isEqual}). Every mutation is checked before it runs
 * by {@code api.MutationAccess}, so mutation fields need no check of their own.
 */
@Component
public class ApiKey {

	private static final Logger log = LoggerFactory.getLogger(ApiKey.class);

	private final byte[] keyDigest;

	public ApiKey(PapergraphProperties properties) {
		String key = properties.apiKey();
		if (key == null || key.isBlank()) {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			key = HexFormat.of().formatHex(random);
			log.warn("No PAPERGRAPH_API_KEY set; mutations need this generated key: {}", key);
		}
		this.keyDigest = digest(key.strip());
	}

	/**
	 * Checks an {@code Authorization} header value.
	 *
	 * @throws AccessDeniedException classified {@code UNAUTHORIZED} when no key is given, {@code FORBIDDEN} when it
	 * is wrong
	 */
	public void require(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			throw new AccessDeniedException(false, "This operation needs the API key: send the header "
					+ "\"Authorization: Bearer KEY\"");
		}
		String value = authorization.strip();
		String presented = value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : value;
		if (!MessageDigest.isEqual(keyDigest, digest(presented))) {
			throw new AccessDeniedException(true, "The API key is not valid");
		}
	}

	private static byte[] digest(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	/** A refused write: without a key ({@code UNAUTHORIZED}) or with a wrong one ({@code FORBIDDEN}). */
	public static final class AccessDeniedException extends RuntimeException {

		private final boolean authenticated;

		AccessDeniedException(boolean authenticated, String message) {
			super(message);
			this.authenticated = authenticated;
		}

		/** Whether a key was presented (and was wrong). */
		public boolean authenticated() {
			return authenticated;
		}

	}

}
