package org.papergraph.api;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.papergraph.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The size of an operation once its fragments are expanded, measured in one pass however often fragments spread each
 * other.
 */
class FragmentExpansionTest {

	@Test
	void measuresAFragmentBombWithoutExpandingIt() {
		FragmentExpansion n24 = FragmentExpansion.of(Parser.parse(Fixtures.text("bad-input/graphql-fragment-bomb-24.graphql")));
		FragmentExpansion n40 = FragmentExpansion.of(Parser.parse(Fixtures.text("bad-input/graphql-fragment-bomb-40.graphql")));

		assertThat(n24.fragments()).isEqualTo(25);
		assertThat(n24.fields()).isEqualTo(1 + (1L << 24));
		assertThat(n40.fields()).isEqualTo(1 + (1L << 40));
	}

	@Test
	void countsTheFragmentsOfALongChainAndTheFewFieldsItExpandsTo() {
		FragmentExpansion chain = FragmentExpansion.of(Parser.parse(
				Fixtures.text("bad-input/graphql-fragment-chain-600.graphql")));

		assertThat(chain.fragments()).isEqualTo(600);
		assertThat(chain.fields()).isEqualTo(2);
	}

	@Test
	void countsFieldsInlineFragmentsAndSpreadsOfTheLargestOperation() {
		FragmentExpansion expansion = FragmentExpansion.of(Parser.parse("""
				query A { stats { papers } }
				query B { papers(first: 2) { edges { node { ...P ... on Paper { title } } } } }
				fragment P on Paper { id authors { name } }"""));

		assertThat(expansion.fields()).isEqualTo(7);
		assertThat(expansion.fragments()).isEqualTo(1);
	}

	@Test
	void leavesCyclesAndUnknownFragmentsToValidation() {
		FragmentExpansion expansion = FragmentExpansion.of(Parser.parse("""
				{ stats { ...A ...Missing } }
				fragment A on Stats { papers ...B }
				fragment B on Stats { topics ...A }"""));

		assertThat(expansion.fields()).isEqualTo(3);
	}

}
