package org.papergraph.bench;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * What a benchmark ran on, printed beside its figures.
 *
 * @param cores processors available to the JVM
 * @param maxHeapBytes the JVM's maximum heap
 * @param totalMemoryBytes the machine's physical memory, or -1 when the JVM cannot tell
 * @param os operating system name, version and architecture
 * @param java Java version and vendor
 * @param neo4j Neo4j version and edition
 * @param pageCache the database page cache setting
 * @param date when the run started (UTC)
 * @param loadAverage the system load average (one minute) when the run started and when it ended; other work on a
 * shared machine shows here, and it slows both a figure and its baseline
 */
record MachineFacts(int cores, long maxHeapBytes, long totalMemoryBytes, String os, String java, String neo4j,
		String pageCache, String date, String loadAverage) {

	/** The load average now, or a negative number where the system cannot tell. */
	static double currentLoadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	static MachineFacts of(Driver driver, String pageCache, OffsetDateTime started, double loadAtStart) {
		long memory = -1;
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			memory = os.getTotalMemorySize();
		}
		String neo4j;
		try (Session session = driver.session()) {
			Record component = session
				.executeRead(tx -> tx.run("CALL dbms.components() YIELD name, versions, edition "
						+ "RETURN versions[0] AS version, edition").single());
			neo4j = component.get("version").asString() + " " + component.get("edition").asString();
		}
		return new MachineFacts(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), memory,
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
				System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")", neo4j, pageCache,
				started.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(),
				String.format(Locale.ROOT, "%.1f at start, %.1f at end", loadAtStart, currentLoadAverage()));
	}

}
