package org.papergraph.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.Test;
import org.papergraph.testsupport.Api;
import org.papergraph.testsupport.FetchCounter;
import org.papergraph.testsupport.Fixtures;
import org.papergraph.testsupport.PapergraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach what: every field reachable from {@code Query} is public and listed, reviewed, in
 * {@code access/anonymous-fields.txt}; every {@code Mutation} field needs the API key, however it is written.
 */
@PapergraphTest
class AccessTest {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQl;

	@Autowired
	FetchCounter fetches;

	@Test
	void exposesToAnonymousCallersExactlyTheReviewedFields() {
		Set<String> reachable = reachableFromQuery(graphQl.schema());
		Set<String> approved = Fixtures.text("access/anonymous-fields.txt").lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.collect(Collectors.toCollection(TreeSet::new));

		Set<String> added = new TreeSet<>(reachable);
		added.removeAll(approved);
		Set<String> removed = new TreeSet<>(approved);
		removed.removeAll(reachable);
		assertThat(added).as("fields anonymous callers can now reach: review them, then add them to "
				+ "src/test/resources/access/anonymous-fields.txt").isEmpty();
		assertThat(removed).as("fields no longer in the schema: remove them from anonymous-fields.txt").isEmpty();
	}

	@Test
	void refusesEveryMutationFieldWithoutTheKeyAndWithAWrongKeyBeforeRunningIt() {
		GraphQLObjectType mutation = graphQl.schema().getMutationType();
		assertThat(mutation.getFieldDefinitions()).isNotEmpty();
		for (GraphQLFieldDefinition field : mutation.getFieldDefinitions()) {
			String document = "mutation { " + call(field) + " }";
			long before = fetches.count();

			assertRefused(Api.anonymous(port).document(document).executeSync(), "UNAUTHORIZED", document);
			assertRefused(Api.withKey(port, "not-the-key").document(document).executeSync(), "FORBIDDEN", document);
			assertThat(fetches.count()).as("fields fetched for %s", document).isEqualTo(before);
		}
	}

	@Test
	void refusesAMutationHiddenBehindAFragmentOrAnAlias() {
		String fragment = """
				mutation Hidden { ...Write }
				fragment Write on Mutation { quiet: ingest(input: { url: "2308.16137" }) { papersCreated } }""";

		assertRefused(Api.anonymous(port).document(fragment).executeSync(), "UNAUTHORIZED", fragment);
	}

	@Test
	void servesQueriesWithoutAKey() {
		ClientGraphQlResponse response = Api.anonymous(port).document("{ stats { papers } }").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("stats.papers").toEntity(Integer.class)).isNotNull();
	}

	private static void assertRefused(ClientGraphQlResponse response, String classification, String document) {
		assertThat(response.getErrors()).as(document).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo(classification);
			assertThat(error.getMessage()).contains("API key").doesNotContain("Exception");
		});
		assertThat((Object) response.getData()).as(document).isNull();
	}

	/** Every {@code Type.field} reachable from {@code Query}, through lists, interfaces and unions. */
	static Set<String> reachableFromQuery(GraphQLSchema schema) {
		Set<String> fields = new TreeSet<>();
		Set<String> seen = new HashSet<>();
		Deque<GraphQLNamedType> pending = new ArrayDeque<>(List.of(schema.getQueryType()));
		while (!pending.isEmpty()) {
			GraphQLNamedType type = pending.pop();
			if (!seen.add(type.getName())) {
				continue;
			}
			List<GraphQLNamedType> next = new ArrayList<>();
			if (type instanceof GraphQLInterfaceType face) {
				next.addAll(schema.getImplementations(face));
			}
			if (type instanceof GraphQLUnionType union) {
				union.getTypes().forEach(member -> next.add((GraphQLNamedType) member));
			}
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					fields.add(type.getName() + "." + field.getName());
					next.add((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType()));
				}
			}
			pending.addAll(next);
		}
		return fields;
	}

	/** A valid call of a field: each required argument gets a value of its type, an object result a selection. */
	private static String call(GraphQLFieldDefinition field) {
		String arguments = field.getArguments().stream()
			.filter(argument -> GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue())
			.map(argument -> argument.getName() + ": " + value(argument.getType()))
			.collect(Collectors.joining(", "));
		boolean object = !GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()));
		return field.getName() + (arguments.isEmpty() ? "" : "(" + arguments + ")") + (object ? " { __typename }" : "");
	}

	private static String value(GraphQLInputType type) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value((GraphQLInputType) nonNull.getWrappedType());
		}
		if (type instanceof GraphQLList list) {
			return "[" + value((GraphQLInputType) list.getWrappedType()) + "]";
		}
		if (type instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		if (type instanceof GraphQLInputObjectType input) {
			return input.getFieldDefinitions().stream()
				.filter(field -> GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue())
				.map(field -> field.getName() + ": " + value(field.getType()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		return switch (((GraphQLNamedType) type).getName()) {
			case "Int" -> "1";
			case "Float" -> "1.0";
			case "Boolean" -> "true";
			default -> "\"x\"";
		};
	}

}
