package org.papergraph.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.papergraph.ingest.IngestService;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PapergraphTest
class MigrationRunnerTest {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Test
	void createsANamedUniqueConstraintForEveryNodeKey() {
		try (Session session = driver.session()) {
			List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name, type WHERE type = 'UNIQUENESS' RETURN name")
				.list(r -> r.get("name").asString());
			assertThat(constraints).contains("paper_id", "paper_arxiv_id", "paper_title_key", "author_key", "topic_slug",
					"keyword_key", "repository_key", "cluster_id", "source_key");
		}
	}

	@Test
	void createsTheFullTextAndVectorIndexes() {
		try (Session session = driver.session()) {
			List<String> indexes = session.run("SHOW INDEXES YIELD name, type RETURN name + ':' + type AS index")
				.list(r -> r.get("index").asString());
			assertThat(indexes).contains("paper_text:FULLTEXT", "paper_embedding:VECTOR");
		}
	}

	@Test
	void recordsEachScriptOnceAndAppliesNothingOnTheNextStart() {
		long recorded = TestGraph.count(driver, "MATCH (m:SchemaMigration) RETURN count(m)");

		MigrationRunner nextStart = new MigrationRunner(driver);
		nextStart.afterPropertiesSet();

		assertThat(nextStart.appliedThisStart()).isEmpty();
		assertThat(TestGraph.count(driver, "MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(recorded)
			.isGreaterThanOrEqualTo(3);
		assertThat(TestGraph.count(driver,
				"MATCH (m:SchemaMigration) WITH m.version AS v, count(*) AS c WHERE c > 1 RETURN count(v)")).isZero();
	}

	@Test
	void linksPapersWhoseTopicsWereAssignedBeforeTopicMembershipsExisted() {
		TestGraph.clear(driver);
		ingest.ingestText(Fixtures.text(Fixtures.SEED));
		String memberships = "MATCH (p:Paper)-[:IN_TOPIC]->(t:Topic) RETURN p.id + '>' + t.slug AS pair ORDER BY pair";
		List<String> assigned = pairs(memberships);
		try (Session session = driver.session()) {
			session.run("MATCH ()-[r:IN_TOPIC]->() DELETE r").consume();
			session.run("MATCH (m:SchemaMigration {version: 4}) DELETE m").consume();
		}

		MigrationRunner nextStart = new MigrationRunner(driver);
		nextStart.afterPropertiesSet();

		assertThat(nextStart.appliedThisStart()).containsExactly(4);
		assertThat(pairs(memberships)).isNotEmpty().isEqualTo(assigned).isEqualTo(pairs("""
				MATCH (p:Paper)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(t:Topic)
				RETURN DISTINCT p.id + '>' + t.slug AS pair ORDER BY pair"""));
	}

	private List<String> pairs(String query) {
		try (Session session = driver.session()) {
			return session.run(query).list(row -> row.get("pair").asString());
		}
	}

	@Test
	void refusesToStartWhenAnAppliedScriptWasEdited() {
		try (Session session = driver.session()) {
			session.run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = m.checksum + 1").consume();
		}
		try {
			assertThatThrownBy(() -> new MigrationRunner(driver).afterPropertiesSet())
				.isInstanceOf(StartRefusedException.class)
				.hasMessageContaining("V1 was changed after it was applied");
		}
		finally {
			try (Session session = driver.session()) {
				session.run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = m.checksum - 1").consume();
			}
		}
	}

	@Test
	void refusesAStoreMigratedByANewerVersionInOneLine() {
		try (Session session = driver.session()) {
			session.run("CREATE (:SchemaMigration {version: 999, description: 'From the future', checksum: 1})").consume();
		}
		try {
			assertThatThrownBy(() -> new MigrationRunner(driver).afterPropertiesSet())
				.isInstanceOf(StartRefusedException.class)
				.hasMessageContaining("migrated to schema V999 by a newer papergraph")
				.satisfies(refused -> assertThat(((StartRefusedException) refused).advice()).contains("newer papergraph"));
		}
		finally {
			try (Session session = driver.session()) {
				session.run("MATCH (m:SchemaMigration {version: 999}) DELETE m").consume();
			}
		}
	}

	@Test
	void refusesAMigrationRecordWithoutAChecksumInOneLine() {
		long checksum = TestGraph.count(driver, "MATCH (m:SchemaMigration {version: 2}) RETURN m.checksum");
		try (Session session = driver.session()) {
			session.run("MATCH (m:SchemaMigration {version: 2}) REMOVE m.checksum").consume();
		}
		try {
			assertThatThrownBy(() -> new MigrationRunner(driver).afterPropertiesSet())
				.isInstanceOf(StartRefusedException.class)
				.hasMessageContaining("V2 is recorded in the store without a checksum")
				.hasMessageNotContaining("coerce");
		}
		finally {
			try (Session session = driver.session()) {
				session.run("MATCH (m:SchemaMigration {version: 2}) SET m.checksum = $checksum",
						java.util.Map.of("checksum", checksum)).consume();
			}
		}
	}

	@Test
	void rejectsADuplicatePaperKeyWrittenDirectly() {
		TestGraph.clear(driver);
		try (Session session = driver.session()) {
			session.run("CREATE (:Paper {id: 'x', titleKey: 'x'})").consume();
			assertThatThrownBy(() -> session.run("CREATE (:Paper {id: 'x', titleKey: 'y'})").consume())
				.isInstanceOf(ClientException.class)
				.hasMessageContaining("already exists");
		}
	}

}
