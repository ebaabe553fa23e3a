package org.papergraph.similarity;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.papergraph.bench.BenchRun;
import org.papergraph.bench.Figure;
import org.papergraph.testsupport.PapergraphTest;
import org.papergraph.testsupport.TestGraph;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PapergraphTest
class SimilarityBenchmarkTest {

	@Autowired
	Driver driver;

	@Autowired
	SimilarityBenchmark benchmark;

	@TempDir
	Path workDir;

	@BeforeEach
	void emptyGraph() {
		TestGraph.clear(driver);
	}

	@Test
	void measuresEmbeddingLinkingAndClusteringWithSaneFiguresAndCleansUp() {
		List<Figure> figures = benchmark.run(new BenchRun(500, 7, workDir, 1, 1));

		assertThat(figures).extracting(Figure::benchmark).containsOnly("similarity");
		assertThat(figures).extracting(Figure::unit).containsExactly("papers/s", "papers/s", "s", "ratio", "s", "MB");
		assertThat(figures).allSatisfy(figure -> assertThat(figure.value()).isPositive().isFinite());
		assertThat(figures.get(0).baseline()).isPositive();
		Figure build = figures.get(2);
		assertThat(build.name()).contains("500 papers");
		assertThat(build.baseline()).isPositive().isLessThanOrEqualTo(build.value());
		assertThat(figures.get(3).value()).isBetween(0.9, 1.0);
		Figure clustering = figures.get(4);
		assertThat(clustering.name()).contains("500 papers");
		assertThat(clustering.baseline()).isLessThanOrEqualTo(clustering.value());
		assertThat(figures.get(5).value()).isGreaterThan(figures.get(5).baseline() * 0.5);
		assertThat(TestGraph.count(driver, "MATCH (p:Paper) RETURN count(p)")).isZero();
		assertThat(TestGraph.count(driver, "MATCH (c:Cluster) RETURN count(c)")).isZero();
	}

}
