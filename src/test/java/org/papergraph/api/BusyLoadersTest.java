package org.papergraph.api;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusyLoadersTest {

	@Test
	void dispatchesTheLoadersWithKeysAndLeavesIdleOnesAlone() throws Exception {
		BusyLoaders.Registry registry = new BusyLoaders.Registry();
		BatchLoader<String, String> upperCase = keys -> CompletableFuture
			.completedFuture(keys.stream().map(String::toUpperCase).toList());
		BatchLoader<String, String> same = keys -> CompletableFuture.completedFuture(List.copyOf(keys));
		registry.register("busy", DataLoaderFactory.newDataLoader(upperCase));
		registry.register("idle", DataLoaderFactory.newDataLoader(same));
		DataLoader<String, String> busy = registry.getDataLoader("busy");
		DataLoader<String, String> idle = registry.getDataLoader("idle");
		Instant idleSince = idle.getLastDispatchTime();
		CompletableFuture<String> a = busy.load("a");
		CompletableFuture<String> b = busy.load("b");
		Thread.sleep(5);

		int dispatched = registry.dispatchAllWithCount();

		assertThat(dispatched).isEqualTo(2);
		assertThat(a.get()).isEqualTo("A");
		assertThat(b.get()).isEqualTo("B");
		assertThat(idle.getLastDispatchTime()).as("an idle loader is not visited").isEqualTo(idleSince);
		assertThat(registry.dispatchDepth()).isZero();
	}

}
