package org.papergraph.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

	@Test
	void roundsTheDecimalFormHalfAwayFromZeroLikeCypher() {
		assertThat(Decimals.round(0.5075, 3)).isEqualTo(0.508);
		assertThat(Decimals.round(1.0005, 3)).isEqualTo(1.001);
		assertThat(Decimals.round(-0.5075, 3)).isEqualTo(-0.508);
		assertThat(Decimals.round(0.12344, 4)).isEqualTo(0.1234);
		assertThat(Decimals.round(0.99995, 4)).isEqualTo(1.0);
	}

	@Test
	void leavesNonFiniteValuesAlone() {
		assertThat(Decimals.round(Double.NaN, 3)).isNaN();
		assertThat(Decimals.round(Double.POSITIVE_INFINITY, 3)).isInfinite();
	}

}
