package org.papergraph.api;

import java.time.Duration;

/**
 * A budget that refills continuously up to its capacity: taking succeeds while enough is left, and otherwise says
 * how long until it will. Not thread-safe on its own; {@link ClientBudgets} guards it.
 */
final class TokenBucket {

	private final double capacity;

	private final double perNano;

	private double available;

	private long updated;

	TokenBucket(double capacity, Duration refillPeriod, long now) {
		this.capacity = capacity;
		this.perNano = capacity / refillPeriod.toNanos();
		this.available = capacity;
		this.updated = now;
	}

	/** Takes {@code amount}, or leaves the bucket as it is and returns how long to wait before it would succeed. */
	Duration take(double amount, long now) {
		refill(now);
		if (amount <= available) {
			available -= amount;
			return Duration.ZERO;
		}
		double missing = Math.min(amount, capacity) - available;
		return Duration.ofNanos((long) Math.ceil(missing / perNano));
	}

	/** Whether the bucket is full again at {@code now}, so that forgetting it changes nothing. */
	boolean full(long now) {
		refill(now);
		return available >= capacity;
	}

	private void refill(long now) {
		available = Math.min(capacity, available + (now - updated) * perNano);
		updated = now;
	}

}
