package org.papergraph.bench;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

	@Test
	void defaultsToTenThousandPapersAndEveryBenchmark() {
		BenchOptions options = BenchOptions.parse();

		assertThat(options.size()).isEqualTo(10_000);
		assertThat(options.seed()).isEqualTo(42);
		assertThat(options.concurrency()).isEqualTo(8);
		assertThat(options.durationSeconds()).isEqualTo(60);
		assertThat(options.out()).isEqualTo(Path.of("target", "bench"));
		assertThat(options.selects("ingest")).isTrue();
		assertThat(options.selects("load")).isTrue();
		assertThat(options.operations()).isEmpty();
		assertThat(options.warmupSeconds()).isEqualTo(60);
	}

	@Test
	void readsItsOptionsAndPassesDottedSettingsOn() {
		BenchOptions options = BenchOptions.parse("--size=100_000", "--seed=7", "--only=Ingest, similarity",
				"--concurrency=4", "--duration=30", "--keep", "--papergraph.page-cache=2g", "--operations=Stats, Topics",
				"--warmup=0");

		assertThat(options.size()).isEqualTo(100_000);
		assertThat(options.seed()).isEqualTo(7);
		assertThat(options.only()).containsExactly("ingest", "similarity");
		assertThat(options.selects("load")).isFalse();
		assertThat(options.operations()).containsExactly("Stats", "Topics");
		assertThat(options.warmupSeconds()).isZero();
		assertThat(options.keep()).isTrue();
		assertThat(options.settings()).isEqualTo(List.of("--papergraph.page-cache=2g"));
	}

	@Test
	void refusesBadValuesAndTheSettingsItOwns() {
		assertThatThrownBy(() -> BenchOptions.parse("--size=0")).hasMessageContaining("--size must be between");
		assertThatThrownBy(() -> BenchOptions.parse("--size=lots")).hasMessageContaining("whole number");
		assertThatThrownBy(() -> BenchOptions.parse("--warmup=-1")).hasMessageContaining("--warmup must be between 0");
		assertThatThrownBy(() -> BenchOptions.parse("--only=")).hasMessageContaining("at least one");
		assertThatThrownBy(() -> BenchOptions.parse("--operations=,")).hasMessageContaining("at least one operation");
		assertThatThrownBy(() -> BenchOptions.parse("--papergraph.data-dir=./data"))
			.hasMessageContaining("fresh embedded database");
		assertThatThrownBy(() -> BenchOptions.parse("ingest")).hasMessageContaining("Unexpected argument");
	}

}
