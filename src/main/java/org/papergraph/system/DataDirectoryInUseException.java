package org.papergraph.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The embedded database's data directory is held by another process (a running papergraph server or command), so this
 * one cannot open it; {@link #check} finds that out before the database starts, from the store's own lock file.
 */
public class DataDirectoryInUseException extends StartRefusedException {

	/** Where the embedded database keeps the lock file that one process holds while it has the store open. */
	static final Path STORE_LOCK = Path.of("data", "databases", "store_lock");

	private final Path directory;

	DataDirectoryInUseException(Path directory) {
		super("The data directory " + directory + " is in use by another papergraph process (a running server?).",
				"Stop that process first, or send the input to the running server with the ingest mutation "
						+ "(see README, \"Adding papers\"), or use another PAPERGRAPH_DATA_DIR.");
		this.directory = directory;
	}

	/** The data directory that is in use. */
	public Path directory() {
		return directory;
	}

	/**
	 * Fails when another process holds the store lock of the database in {@code home}; a store never opened, or one
	 * closed cleanly, passes.
	 *
	 * @throws DataDirectoryInUseException when the lock is held
	 */
	static void check(Path home) {
		Path lock = home.resolve(STORE_LOCK);
		if (!Files.isRegularFile(lock)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock held = channel.tryLock();
			if (held == null) {
				throw new DataDirectoryInUseException(home);
			}
			held.release();
		}
		catch (OverlappingFileLockException ex) {
			throw new DataDirectoryInUseException(home);
		}
		catch (IOException ex) {
			// Not readable or writable here: the database's own start reports that with its reason.
		}
	}

}
