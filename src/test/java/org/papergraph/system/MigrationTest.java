package org.papergraph.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTest {

	@Test
	void splitsAScriptIntoStatementsWithoutComments() {
		Migration migration = Migration.parse("V007__Add_things.cypher", """
				// a comment
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;

				CREATE VECTOR INDEX v IF NOT EXISTS FOR (p:P) ON (p.e)
				OPTIONS { indexConfig: { `vector.dimensions`: 3 } };
				""");

		assertThat(migration.version()).isEqualTo(7);
		assertThat(migration.description()).isEqualTo("Add things");
		assertThat(migration.statements()).hasSize(2);
		assertThat(migration.statements().get(1)).startsWith("CREATE VECTOR INDEX").endsWith("} }");
	}

	@Test
	void changesItsChecksumWhenTheScriptChanges() {
		assertThat(Migration.parse("V1__A.cypher", "RETURN 1;").checksum())
			.isNotEqualTo(Migration.parse("V1__A.cypher", "RETURN 2;").checksum());
	}

	@Test
	void refusesAFileNameOutsideTheConvention() {
		assertThatThrownBy(() -> Migration.parse("001_constraints.cypher", "RETURN 1;"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("V001__Description.cypher");
	}

}
