package org.papergraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Applies the {@code cypher/V###__*.cypher} scripts at start, before traffic is taken, each exactly once,
 * and records each applied script as a {@code SchemaMigration} node.
 */
@Component
public class MigrationRunner implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

	private static final String LOCATION = "classpath*:cypher/V*__*.cypher";

	private final Driver driver;

	private List<Integer> appliedThisStart = List.of();

	public MigrationRunner(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		List<Migration> migrations = load();
		List<Integer> applied = new ArrayList<>();
		try (Session session = driver.session()) {
			session.run("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
					+ "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE").consume();
			refuseNewerStore(session, migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version());
			for (Migration migration : migrations) {
				if (alreadyApplied(session, migration)) {
					continue;
				}
				for (String statement : migration.statements()) {
					session.run(statement).consume();
				}
				session.executeWriteWithoutResult(tx -> tx.run("""
						MERGE (m:SchemaMigration {version: $version})
						ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
						""", Map.of("version", migration.version(), "description", migration.description(),
						"checksum", migration.checksum())).consume());
				applied.add(migration.version());
				log.debug("Applied migration V{} {}", migration.version(), migration.description());
			}
			session.run("CALL db.awaitIndexes(300)").consume();
		}
		appliedThisStart = List.copyOf(applied);
		if (!applied.isEmpty() && applied.size() < migrations.size()) {
			log.info("Schema is at V{} ({} migrations applied now)",
					migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version(), applied.size());
		}
	}

	/** The versions this start applied; empty when the database was already up to date. */
	public List<Integer> appliedThisStart() {
		return appliedThisStart;
	}

	/** Refuses a store that a newer papergraph migrated further than this version knows. */
	private static void refuseNewerStore(Session session, int newestKnown) {
		int newest = session.executeRead(tx -> tx
			.run("MATCH (m:SchemaMigration) RETURN coalesce(max(m.version), 0) AS newest").single().get("newest").asInt());
		if (newest > newestKnown) {
			throw new StartRefusedException("The store was migrated to schema V" + newest + " by a newer papergraph; "
					+ "this version knows schemas up to V" + newestKnown + ".",
					"Run the newer papergraph on this data directory, or restore a copy of it taken before the upgrade.");
		}
	}

	private boolean alreadyApplied(Session session, Migration migration) {
		var records = session.executeRead(tx -> tx
			.run("MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum",
					Map.of("version", migration.version()))
			.list());
		if (records.isEmpty()) {
			return false;
		}
		Value checksum = records.get(0).get("checksum");
		if (checksum.isNull() || !(checksum.asObject() instanceof Long)) {
			throw new StartRefusedException("Migration V" + migration.version() + " is recorded in the store without a "
					+ "checksum: its SchemaMigration node was changed by hand.", "Set that node's checksum to "
					+ migration.checksum() + " if V" + migration.version() + " was applied as shipped, or restore a copy "
					+ "of the data directory.");
		}
		long recorded = checksum.asLong();
		if (recorded != migration.checksum()) {
			throw new StartRefusedException("Migration V" + migration.version() + " was changed after it was applied"
					+ " (checksum " + recorded + " recorded, " + migration.checksum() + " now).",
					"Add a new migration instead of editing an applied one.");
		}
		return true;
	}

	private static List<Migration> load() {
		try {
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				migrations.add(Migration.parse(resource.getFilename(), resource.getContentAsString(UTF_8)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migrations share version " + migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher migrations", ex);
		}
	}

}
