package org.papergraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurements behind the request limits, on the real schema and without a server.
 */
class QueryShapeTest {

	private static final GraphQLSchema SCHEMA = schema();

	private static final Document CONTRACT = Parser.parse(Fixtures.text("bench/operations.graphql"));

	@Test
	void multipliesFirstDownTheNestingLikeGitHub() {
		assertThat(shape("{ papers(first: 100) { edges { node { related(first: 100) { paper { related(first: 100) "
				+ "{ score } } } } } } }").nodes()).isEqualTo(100 + 100 * 100 + 100 * 100 * 100);
		assertThat(shape("{ papers(first: 50) { edges { node { related(first: 20) { score } } } } }").nodes())
			.isEqualTo(1_050);
	}

	@Test
	void countsAListWithoutFirstAtTheAssumedSizeAndTheItemsOfAPageOnce() {
		assertThat(shape("{ topics { children { slug } } }").nodes()).isEqualTo(20 + 20 * 20);
		assertThat(shape("{ subgraph(seeds: [\"x\"], limit: 150) { nodes { id } edges { source } } }").nodes())
			.isEqualTo(150);
		assertThat(shape("{ stats { papers } }").nodes()).isZero();
		assertThat(shape("{ stats { papers } }").points()).isEqualTo(1);
	}

	@Test
	void expandsFragmentsAndAppliesVariablesBeforeMeasuring() {
		QueryShape shape = QueryShape.of(SCHEMA, Parser.parse("""
				query Q($n: Int) { ...Top }
				fragment Top on Query { a: papers(first: $n) { edges { node { ...Deep } } } }
				fragment Deep on Paper { related(first: 10) { paper { id } } }"""), null,
				CoercedVariables.of(Map.of("n", 30)), 20);

		assertThat(shape.nodes()).isEqualTo(30 + 300);
		assertThat(shape.depth()).isEqualTo(6);
		assertThat(shape.aliases()).isEqualTo(1);
		assertThat(shape.rootFields()).isEqualTo(1);
	}

	@Test
	void reportsEachFirstOutOfRangeWithItsField() {
		assertThat(shape("{ papers(first: 101) { totalCount } clusters(first: -1) { id } }").badFirst()).containsExactly(
				"first must be between 1 and 100, got 101 (at Query.papers)",
				"first must be between 1 and 100, got -1 (at Query.clusters)");
	}

	@Test
	void measuresIntrospectionApartFromData() {
		QueryShape shape = shape("{ __schema { types { fields { type { ofType { name } } } } } stats { papers } }");

		assertThat(shape.introspectionDepth()).isEqualTo(6);
		assertThat(shape.depth()).isEqualTo(2);
		assertThat(shape.rootFields()).isEqualTo(1);
		assertThat(shape.nodes()).isZero();
	}

	@Test
	void countsIngestFieldsHoweverTheyAreNamed() {
		assertThat(shape("mutation { a: ingest(input: {text: \"x\"}) { source } b: ingest(input: {text: \"y\"}) "
				+ "{ source } }").ingests()).isEqualTo(2);
	}

	@Test
	void remembersTheShapeOfARequestSentAgainButMeasuresOtherVariablesAnew() {
		QueryShapes shapes = new QueryShapes();
		String text = "query Q($n: Int) { papers(first: $n) { totalCount } }";

		Document parsed = Parser.parse(text);

		QueryShape first = shapes.of(SCHEMA, text, parsed, "Q", CoercedVariables.of(Map.of("n", 30)), 20);
		QueryShape again = shapes.of(SCHEMA, text, parsed, "Q", CoercedVariables.of(Map.of("n", 30)), 20);
		QueryShape other = shapes.of(SCHEMA, text, parsed, "Q", CoercedVariables.of(Map.of("n", 101)), 20);

		assertThat(again).isSameAs(first);
		assertThat(first.nodes()).isEqualTo(30);
		assertThat(first.badFirst()).isEmpty();
		assertThat(other.badFirst()).containsExactly("first must be between 1 and 100, got 101 (at Query.papers)");
	}

	@Test
	void measuresARequestWithLongVariablesEachTime() {
		QueryShapes shapes = new QueryShapes();
		String text = "mutation M($t: String!) { ingest(input: {text: $t}) { source } }";
		CoercedVariables listing = CoercedVariables.of(Map.of("t", "x".repeat(QueryShapes.MAX_VARIABLE_CHARS + 1)));

		Document parsed = Parser.parse(text);

		QueryShape first = shapes.of(SCHEMA, text, parsed, "M", listing, 20);
		QueryShape again = shapes.of(SCHEMA, text, parsed, "M", listing, 20);

		assertThat(again).isNotSameAs(first).isEqualTo(first);
		assertThat(first.ingests()).isEqualTo(1);
	}

	static Stream<String> contractOperations() {
		return CONTRACT.getDefinitionsOfType(OperationDefinition.class).stream().map(OperationDefinition::getName);
	}

	@ParameterizedTest
	@MethodSource("contractOperations")
	void keepsEveryContractOperationWithinTheDefaultLimits(String operation) {
		QueryShape shape = QueryShape.of(SCHEMA, CONTRACT, operation, CoercedVariables.of(Map.of("q", "memory", "id",
				"2308.16137", "slug", "reinforcement-learning", "from", "2308.16137", "to", "2402.03300", "seeds",
				List.of("2308.16137"), "text", "x", "html", "x", "sourceUrl", "https://huggingface.co/papers")), 20);

		assertThat(shape.depth()).isLessThanOrEqualTo(12);
		assertThat(shape.nodes()).isLessThanOrEqualTo(10_000);
		assertThat(shape.aliases()).isLessThanOrEqualTo(20);
		assertThat(shape.rootFields()).isLessThanOrEqualTo(5);
		assertThat(shape.badFirst()).isEmpty();
	}

	private static QueryShape shape(String document) {
		return QueryShape.of(SCHEMA, Parser.parse(document), null, CoercedVariables.emptyVariables(), 20);
	}

	private static GraphQLSchema schema() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

}
