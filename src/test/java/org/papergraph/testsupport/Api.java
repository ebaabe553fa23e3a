package org.papergraph.testsupport;

import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * GraphQL clients for a running test application, over real HTTP.
 */
public final class Api {

	private Api() {
	}

	/** A client without credentials. */
	public static HttpSyncGraphQlClient anonymous(int port) {
		return HttpSyncGraphQlClient.builder(rest(port)).build();
	}

	/** A client that sends {@code Authorization: Bearer key}. */
	public static HttpSyncGraphQlClient withKey(int port, String key) {
		return HttpSyncGraphQlClient.builder(rest(port)).header("Authorization", "Bearer " + key).build();
	}

	private static RestClient rest(int port) {
		return RestClient.builder().baseUrl("http://localhost:" + port + "/graphql").build();
	}

}
