package org.papergraph.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.papergraph.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look-ahead that resolvers use to read only what a request shows, on parsed requests without a server.
 */
class PrefetchTest {

	@Test
	void followsAPathThroughFragmentSpreadsAndInlineFragments() {
		DataFetchingEnvironment env = rootField("""
				{ papers { ...Page } }
				fragment Page on PaperConnection { totalCount edges { node { ... on Paper { topics { slug } } } } }""");

		assertThat(Prefetch.selects(env, "totalCount")).isTrue();
		assertThat(Prefetch.selects(env, "edges/node/topics")).isTrue();
		assertThat(Prefetch.selects(env, "edges/node/authors")).isFalse();
		assertThat(Prefetch.selects(env, "node")).as("only from the current field down").isFalse();
	}

	@Test
	void findsLongTextsAtAnyDepthButNotWhereTheyAreNotAsked() {
		assertThat(Prefetch.selectsPaperTexts(rootField("{ papers { edges { node { title } } } }"))).isFalse();
		assertThat(Prefetch.selectsPaperTexts(rootField("""
				{ papers { edges { node { ...Deep } } } }
				fragment Deep on Paper { related { paper { aiSummary } } }"""))).isTrue();
		assertThat(Prefetch.selectsTopicTexts(rootField("{ topics { slug children { description } } }"))).isTrue();
		assertThat(Prefetch.selectsTopicTexts(null)).as("when it cannot tell").isTrue();
	}

	@Test
	void looksIntoEachFragmentOncePerLevelHoweverOftenItIsSpread() {
		DataFetchingEnvironment env = rootField(Fixtures.text("bad-input/graphql-fragment-bomb-40.graphql"));

		List<Field> below = Prefetch.children(env.getMergedField().getFields(), env.getFragmentsByName());

		assertThat(below).extracting(Field::getName).containsExactly("papers");
		assertThat(Prefetch.selects(env, "papers")).isTrue();
		assertThat(Prefetch.selectsPaperTexts(env)).isFalse();
	}

	/** The environment of the first top-level field of a one-operation document. */
	private static DataFetchingEnvironment rootField(String text) {
		Document document = Parser.parse(text);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		Field field = (Field) operation.getSelectionSet().getSelections().get(0);
		Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(field).build())
			.fragmentsByName(fragments)
			.build();
	}

}
