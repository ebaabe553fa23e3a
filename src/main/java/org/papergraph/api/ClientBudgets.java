package org.papergraph.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.papergraph.system.LimitsProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Per-client request and cost budgets of {@code papergraph.limits.rate}, refilled every minute; clients that have
 * been idle long enough to be full again are forgotten, so memory stays bounded.
 */
@Component
class ClientBudgets {

	private static final Duration PERIOD = Duration.ofMinutes(1);

	private static final int FORGET_ABOVE = 10_000;

	private final LimitsProperties.Rate rate;

	private final LongSupplier clock;

	private final Map<String, Budget> clients = new ConcurrentHashMap<>();

	@Autowired
	ClientBudgets(LimitsProperties limits) {
		this(limits.rate(), System::nanoTime);
	}

	ClientBudgets(LimitsProperties.Rate rate, LongSupplier clock) {
		this.rate = rate;
		this.clock = clock;
	}

	/** Whether budgets apply at all. */
	boolean enabled() {
		return rate.enabled();
	}

	/** Takes one request from the client's budget; returns how long to wait when none is left, else zero. */
	Duration takeRequest(String client) {
		long now = clock.getAsLong();
		Budget budget = budget(client, now);
		synchronized (budget) {
			return budget.requests.take(1, now);
		}
	}

	/** Takes cost points from the client's budget; returns how long to wait when too few are left, else zero. */
	Duration takePoints(String client, long points) {
		long now = clock.getAsLong();
		Budget budget = budget(client, now);
		synchronized (budget) {
			return budget.points.take(points, now);
		}
	}

	private Budget budget(String client, long now) {
		if (clients.size() > FORGET_ABOVE) {
			clients.values().removeIf(budget -> {
				synchronized (budget) {
					return budget.requests.full(now) && budget.points.full(now);
				}
			});
		}
		return clients.computeIfAbsent(client, key -> new Budget(new TokenBucket(rate.requestsPerMinute(), PERIOD, now),
				new TokenBucket(rate.pointsPerMinute(), PERIOD, now)));
	}

	private record Budget(TokenBucket requests, TokenBucket points) {
	}

}
