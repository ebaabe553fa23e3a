package org.papergraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyObjectsTest {

	private static final String SCHEMA = """
			type Query {
			  shelf: Shelf!
			  books: [Book!]!
			  loose: [Book]
			  strict: Book!
			  broken: Shelf
			}
			type Shelf { name: String!, favourite: Book, books: [Book!]!, counts: [Int] }
			type Book { id: ID!, title: String!, year: Int, genre: Genre!, tags: [String!]!, author: Person }
			type Person { name: String!, born: Int }
			enum Genre { FICTION, SCIENCE }
			""";

	enum Genre {
		FICTION, SCIENCE
	}

	record Book(String id, String title, Integer year, Genre genre, List<String> tags, String authorName) {
	}

	record Person(String name, Integer born) {
	}

	record Shelf(String name, Book favourite, List<Book> books, List<Integer> counts) {
	}

	private static final Book DUNE = new Book("1", "Dune", 1965, Genre.FICTION, List.of("desert", "spice"), "Herbert");

	private static final Book ORIGIN = new Book("2", "On the Origin of Species", null, Genre.SCIENCE, List.of(),
			"Darwin");

	/** A title that breaks its non-null field. */
	private static final Book UNTITLED = new Book("3", null, 2001, Genre.FICTION, List.of("x"), "Nobody");

	/** A tag list with a null that breaks its non-null elements. */
	private static final Book HOLED = new Book("4", "Holes", 1998, Genre.FICTION, java.util.Arrays.asList("a", null),
			"Sachar");

	private static final Shelf SHELF = new Shelf("home", DUNE, List.of(DUNE, ORIGIN),
			java.util.Arrays.asList(1, null, 3));

	@ParameterizedTest
	@ValueSource(strings = {
			"{ books { id title year genre tags } }",
			"{ books { __typename id name: title published: year } }",
			"{ shelf { name favourite { id title } books { id ...Parts } counts } } fragment Parts on Book { title genre }",
			"{ books { id author { name born } } shelf { favourite { author { name } } } }",
			"query($withYear: Boolean!) { books { id year @include(if: $withYear) title @skip(if: $withYear) } }",
			"{ loose { id title } }",
			"{ loose { id tags } }",
			"{ strict { id title } }",
			"{ shelf { favourite { title } books { title tags } } loose { title } }",
			"{ shelf { name favourite { __typename id } books { id genre } } }",
			"{ broken { name books { id title } } shelf { name } }",
			"{ broken { name favourite { id } } }" })
	void answersAsTheEngineDoesFieldByField(String query) {
		ExecutionResult engine = execute(new AsyncExecutionStrategy(), query, new AtomicInteger());
		ExecutionResult shortcut = execute(new PropertyObjects(new SimpleDataFetcherExceptionHandler()), query,
				new AtomicInteger());

		assertThat((Object) shortcut.getData()).isEqualTo(engine.getData());
		assertThat(describe(shortcut.getErrors())).isEqualTo(describe(engine.getErrors()));
	}

	@Test
	void nullsInNonNullFieldsAreReportedWhereTheyAre() {
		ExecutionResult result = execute(new PropertyObjects(new SimpleDataFetcherExceptionHandler()),
				"{ loose { id title tags } }", new AtomicInteger());

		Map<String, Object> data = result.getData();
		assertThat((List<?>) data.get("loose")).hasSize(4).containsNull();
		assertThat(describe(result.getErrors())).containsExactlyInAnyOrder("NullValueInNonNullableField [loose, 2, title]",
				"NullValueInNonNullableField [loose, 3, tags, 1]");
	}

	@Test
	void objectsOfPlainPropertiesSkipTheEnginesFieldSteps() {
		String query = "{ books { id title year genre tags author { name } } }";
		AtomicInteger engineFetches = new AtomicInteger();
		AtomicInteger shortcutFetches = new AtomicInteger();

		execute(new AsyncExecutionStrategy(), query, engineFetches);
		ExecutionResult result = execute(new PropertyObjects(new SimpleDataFetcherExceptionHandler()), query,
				shortcutFetches);

		// The books have an author to fetch, so they take the engine's path: 1 + 2 × 6 field fetches; the authors
		// are plain properties and take none.
		assertThat(engineFetches.get()).isEqualTo(1 + 2 * 6 + 2);
		assertThat(shortcutFetches.get()).isEqualTo(1 + 2 * 6);
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData().toString()).contains("{name=Herbert}", "{name=Darwin}");
	}

	@Test
	void anObjectOfPlainPropertiesAndSuchObjectsIsCompletedInOneStep() {
		String query = "{ shelf { name favourite { title } books { id tags } } }";
		AtomicInteger engineFetches = new AtomicInteger();
		AtomicInteger shortcutFetches = new AtomicInteger();

		ExecutionResult engine = execute(new AsyncExecutionStrategy(), query, engineFetches);
		ExecutionResult shortcut = execute(new PropertyObjects(new SimpleDataFetcherExceptionHandler()), query,
				shortcutFetches);

		assertThat(engineFetches.get()).isEqualTo(1 + 3 + 1 + 2 * 2);
		assertThat(shortcutFetches.get()).as("only the root field's own").isEqualTo(1);
		assertThat((Object) shortcut.getData()).isEqualTo(engine.getData());
	}

	private static ExecutionResult execute(ExecutionStrategy strategy, String query, AtomicInteger fetches) {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type.dataFetcher("shelf", env -> SHELF)
						.dataFetcher("books", env -> List.of(DUNE, ORIGIN))
						.dataFetcher("loose", env -> java.util.Arrays.asList(DUNE, null, UNTITLED, HOLED))
						.dataFetcher("strict", env -> ORIGIN)
						.dataFetcher("broken", env -> new Shelf("broken", null, List.of(DUNE, UNTITLED), List.of())))
					.type("Book", type -> type.dataFetcher("author", PropertyObjectsTest::author))
					.build());
		GraphQL graphQl = GraphQL.newGraphQL(schema)
			.queryExecutionStrategy(strategy)
			.instrumentation(new SimplePerformantInstrumentation() {

				@Override
				public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
						InstrumentationState state) {
					fetches.incrementAndGet();
					return null;
				}

			})
			.build();
		BatchLoader<String, Person> people = names -> CompletableFuture
			.completedFuture(names.stream().map(name -> new Person(name, null)).toList());
		DataLoaderRegistry loaders = DataLoaderRegistry.newRegistry()
			.register("people", DataLoaderFactory.newDataLoader(people))
			.build();
		return graphQl.execute(ExecutionInput.newExecutionInput(query)
			.variables(Map.of("withYear", true))
			.dataLoaderRegistry(loaders)
			.build());
	}

	private static CompletableFuture<Person> author(DataFetchingEnvironment env) {
		DataLoader<String, Person> people = env.getDataLoader("people");
		return people.load(env.<Book>getSource().authorName());
	}

	private static List<String> describe(List<GraphQLError> errors) {
		List<String> described = new ArrayList<>();
		errors.forEach(error -> described.add(error.getErrorType() + " " + error.getPath()));
		return described;
	}

}
