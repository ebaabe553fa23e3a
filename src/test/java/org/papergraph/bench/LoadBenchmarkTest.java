package org.papergraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.OperationDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.testsupport.PapergraphTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class LoadBenchmarkTest {

	@Autowired
	List<Benchmark> benchmarks;

	@Test
	void firesTheContractQueriesAtTheServerAndReportsThroughputLatencyFailuresAndHeap(@TempDir Path work)
			throws Exception {
		Benchmark load = benchmarks.stream().filter(b -> b.name().equals("load")).findFirst().orElseThrow();

		Map<String, Figure> figures = load.run(new BenchRun(0, 1, work, 2, 2)).stream()
			.collect(Collectors.toMap(Figure::name, Function.identity()));

		assertThat(figures).containsKeys("requests", "p50 latency", "p99 latency", "failed requests",
				"heap used after GC, after the run");
		assertThat(figures.get("requests").value()).isPositive();
		assertThat(figures.get("requests").baseline()).isPositive();
		assertThat(figures.get("p99 latency").value()).isGreaterThanOrEqualTo(figures.get("p50 latency").value());
		assertThat(figures.get("failed requests").value()).isZero();
		assertThat(figures.get("heap used after GC, after the run").baseline()).isPositive();
		assertThat(LoadBenchmark.operations()).extracting(OperationDefinition::getName)
			.contains("Search", "PaperDetail", "Stats")
			.doesNotContain("IngestText", "IngestHtml");
	}

}
