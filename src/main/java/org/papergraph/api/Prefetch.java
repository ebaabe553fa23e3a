package org.papergraph.api;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.dataloader.DataLoader;

/**
 * Look-ahead for resolvers: whether a request selects a field below the current one, and a way to hand data that
 * the current field's statement already fetched to the batch loader of a child field (named by its coordinates,
 * such as {@code Repository.papers}), so that the child field runs no statement of its own.
 */
public final class Prefetch {

	private Prefetch() {
	}

	/** Whether the request selects the field at this path below the current field, such as {@code edges/node/papers}. */
	public static boolean selects(DataFetchingEnvironment env, String path) {
		return env != null && env.getSelectionSet().contains(path);
	}

	/** Gives the batch loader of {@code coordinates} these values for these parents, as if it had loaded them. */
	public static <K, V> void prime(DataFetchingEnvironment env, String coordinates, Map<K, V> values) {
		DataLoader<K, V> loader = env.getDataLoader(coordinates);
		if (loader != null) {
			values.forEach(loader::prime);
		}
	}

}
