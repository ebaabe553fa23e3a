package org.papergraph.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds scores for display the way people and Cypher's {@code round(x, places)} do: on the number's shortest decimal
 * form, halves away from zero, so 0.5075 becomes 0.508 (scaling the binary value, 507.49999…, would give 0.507).
 */
public final class Decimals {

	private Decimals() {
	}

	/** {@code value} rounded to {@code places} decimals; NaN and infinities unchanged. */
	public static double round(double value, int places) {
		if (!Double.isFinite(value)) {
			return value;
		}
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
	}

}
