package org.papergraph.similarity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.papergraph.api.Connection;
import org.papergraph.api.Cursor;
import org.papergraph.api.Paging;
import org.papergraph.api.Prefetch;
import org.papergraph.graph.ClusterNode;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.TopicNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;

/**
 * Serves {@code clusters}, {@code cluster} and the fields of {@code Cluster}; nested fields load for all clusters of
 * a response in one query.
 */
@Controller
class ClusterController {

	private static final String PAPERS = "similarity.clusterPapers";

	private static final String NEIGHBOURS = "similarity.clusterNeighbours";

	private final ClusterReader reader;

	ClusterController(ClusterReader reader, BatchLoaderRegistry registry) {
		this.reader = reader;
		registry.<ClusterReader.PageKey, Connection<PaperNode>>forName(PAPERS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> reader.papers(keys)));
		registry.<ClusterReader.NeighboursKey, List<ClusterLink>>forName(NEIGHBOURS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> reader.neighbours(keys)));
	}

	/**
	 * The largest clusters in one statement with, when the request asks for them, their topics and (for a single
	 * {@code papers} selection without a cursor) their first page of papers, handed to those fields.
	 */
	@QueryMapping
	List<ClusterNode> clusters(@Argument Integer first, DataFetchingEnvironment env) {
		boolean withTopics = Prefetch.selects(env, "topics");
		List<SelectedField> papers = env.getSelectionSet().getFields("papers");
		int papersFirst = 0;
		if (papers.size() == 1 && papers.get(0).getArguments().get("after") == null) {
			Object size = papers.get(0).getArguments().get("first");
			papersFirst = Paging.first(size instanceof Integer value ? value : null, 20);
		}
		ClusterReader.Overview overview = reader.overview(Paging.first(first, 20), withTopics, papersFirst,
				Prefetch.selectsPaperTexts(env), Prefetch.selectsTopicTexts(env));
		Prefetch.prime(env, "Cluster.topics", overview.topics());
		if (papersFirst > 0) {
			// The request has one papers selection, so every cluster's page has these arguments.
			Map<ClusterNode, Connection<PaperNode>> pages = new HashMap<>();
			for (ClusterNode cluster : overview.clusters()) {
				Connection<PaperNode> page = overview.papers()
					.get(new ClusterReader.PageKey(cluster.number(), papersFirst, null, null));
				if (page != null) {
					pages.put(cluster, page);
				}
			}
			Prefetch.prime(env, "Cluster.papers", pages);
		}
		return overview.clusters();
	}

	@QueryMapping
	ClusterNode cluster(@Argument String id) {
		return reader.find(id).orElse(null);
	}

	@BatchMapping(typeName = "Cluster")
	Map<ClusterNode, List<TopicNode>> topics(List<ClusterNode> clusters) {
		Map<String, List<TopicNode>> found = reader.topics(clusters.stream().map(ClusterNode::number).toList());
		return clusters.stream()
			.collect(Collectors.toMap(Function.identity(), c -> found.getOrDefault(c.number(), List.of()), (a, b) -> a));
	}

	@SchemaMapping(typeName = "Cluster")
	CompletableFuture<Connection<PaperNode>> papers(ClusterNode cluster, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		int size = Paging.first(first, 20);
		Double afterCentrality = null;
		String afterId = null;
		if (after != null) {
			List<Object> position = Cursor.decode(after, ClusterReader.PAGE_CURSOR, Double.class, String.class);
			afterCentrality = (Double) position.get(0);
			afterId = (String) position.get(1);
		}
		DataLoader<ClusterReader.PageKey, Connection<PaperNode>> loader = env.getDataLoader(PAPERS);
		return loader.load(new ClusterReader.PageKey(cluster.number(), size, afterCentrality, afterId));
	}

	@SchemaMapping(typeName = "Cluster")
	CompletableFuture<List<ClusterLink>> neighbours(ClusterNode cluster, @Argument Integer first,
			DataFetchingEnvironment env) {
		DataLoader<ClusterReader.NeighboursKey, List<ClusterLink>> loader = env.getDataLoader(NEIGHBOURS);
		return loader.load(new ClusterReader.NeighboursKey(cluster.number(), Paging.first(first, 10)));
	}

}
