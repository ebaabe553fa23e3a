package org.papergraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The generated API key, kept in the data directory in a file that only its owner may read or write, so that it
 * survives restarts; rotating it writes a new key in its place in one step.
 */
public final class ApiKeyFile {

	/** The file's name in the data directory. */
	static final String NAME = "api-key";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path path;

	public ApiKeyFile(Path dataDir) {
		this.path = dataDir.toAbsolutePath().normalize().resolve(NAME);
	}

	/** Where the key is kept. */
	public Path path() {
		return path;
	}

	/** The kept key, if one was generated before. */
	public Optional<String> read() {
		try {
			String key = Files.readString(path, UTF_8).strip();
			return key.isEmpty() ? Optional.empty() : Optional.of(key);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the API key file " + path, ex);
		}
	}

	/** When the key was last written, to notice a rotation; {@code null} when there is no file. */
	FileTime modified() {
		try {
			return Files.getLastModifiedTime(path);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Writes a new random key in place of any kept one, readable by the owner alone, and answers it. */
	public String rotate() {
		String key = generate();
		try {
			Files.createDirectories(path.getParent());
			Path next = path.resolveSibling(NAME + ".new");
			Files.deleteIfExists(next);
			createOwnerOnly(next);
			Files.writeString(next, key + "\n", UTF_8);
			Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new StartRefusedException("The API key cannot be kept in " + path + " ("
					+ StartRefusedException.reason(ex) + ").",
					"Point PAPERGRAPH_DATA_DIR at a folder this user may write, or set PAPERGRAPH_API_KEY.");
		}
		return key;
	}

	private static void createOwnerOnly(Path file) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
			file.toFile().setReadable(false, false);
			file.toFile().setReadable(true, true);
			file.toFile().setWritable(false, false);
			file.toFile().setWritable(true, true);
		}
	}

	/** 24 random bytes as 48 hex digits. */
	static String generate() {
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
