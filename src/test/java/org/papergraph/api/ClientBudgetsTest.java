package org.papergraph.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.papergraph.system.LimitsProperties;

import static org.assertj.core.api.Assertions.assertThat;

class ClientBudgetsTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final ClientBudgets budgets = new ClientBudgets(new LimitsProperties.Rate(true, 60, 1_000), now::get);

	@Test
	void refusesTheSixtyFirstRequestInAMinuteAndSaysWhenToRetry() {
		for (int i = 0; i < 60; i++) {
			assertThat(budgets.takeRequest("10.0.0.1")).isZero();
		}

		Duration wait = budgets.takeRequest("10.0.0.1");

		assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(budgets.takeRequest("10.0.0.2")).as("another client has its own budget").isZero();
		now.addAndGet(wait.toNanos());
		assertThat(budgets.takeRequest("10.0.0.1")).isZero();
	}

	@Test
	void throttlesABurstOfExpensiveRequestsByPointsNotByCount() {
		for (int i = 0; i < 10; i++) {
			assertThat(budgets.takeRequest("10.0.0.1")).isZero();
			assertThat(budgets.takePoints("10.0.0.1", 100)).isZero();
		}

		assertThat(budgets.takeRequest("10.0.0.1")).as("requests are left").isZero();
		assertThat(budgets.takePoints("10.0.0.1", 100)).isEqualTo(Duration.ofSeconds(6));
		assertThat(budgets.takePoints("10.0.0.1", 1)).isPositive();
		now.addAndGet(Duration.ofSeconds(6).toNanos());
		assertThat(budgets.takePoints("10.0.0.1", 100)).isZero();
	}

	@Test
	void refillsAtMostToTheCapacity() {
		now.addAndGet(Duration.ofHours(1).toNanos());
		for (int i = 0; i < 60; i++) {
			assertThat(budgets.takeRequest("10.0.0.1")).isZero();
		}
		assertThat(budgets.takeRequest("10.0.0.1")).isPositive();
	}

	@Test
	void appliesNothingWhenDisabled() {
		assertThat(new ClientBudgets(new LimitsProperties.Rate(false, 60, 1_000), now::get).enabled()).isFalse();
	}

}
