package org.papergraph.similarity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.papergraph.api.Paging;
import org.papergraph.graph.ClusterNode;
import org.papergraph.graph.PaperNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;

/**
 * Serves the derived fields of {@code Paper}: {@code related}, {@code cluster}, {@code mentions} and
 * {@code mentionedBy}, each for all papers of a response in one query.
 */
@Controller
class PaperLinksController {

	private static final String RELATED = "similarity.related";

	private final ClusterReader clusters;

	private final PaperMentions mentions;

	PaperLinksController(RelatedPapers related, ClusterReader clusters, PaperMentions mentions,
			BatchLoaderRegistry registry) {
		this.clusters = clusters;
		this.mentions = mentions;
		registry.<RelatedKey, List<RelatedPaper>>forName(RELATED)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(related, keys)));
	}

	/** A request for one paper's related papers. */
	record RelatedKey(String paperId, int first) {
	}

	private static Map<RelatedKey, List<RelatedPaper>> load(RelatedPapers related, Set<RelatedKey> keys) {
		int most = keys.stream().mapToInt(RelatedKey::first).max().orElse(0);
		Map<String, List<RelatedPaper>> found = related.forPapers(
				keys.stream().map(RelatedKey::paperId).collect(Collectors.toSet()), most);
		return keys.stream().collect(Collectors.toMap(Function.identity(), key -> {
			List<RelatedPaper> list = found.getOrDefault(key.paperId(), List.of());
			return list.subList(0, Math.min(key.first(), list.size()));
		}));
	}

	@SchemaMapping(typeName = "Paper")
	CompletableFuture<List<RelatedPaper>> related(PaperNode paper, @Argument Integer first,
			DataFetchingEnvironment env) {
		DataLoader<RelatedKey, List<RelatedPaper>> loader = env.getDataLoader(RELATED);
		return loader.load(new RelatedKey(paper.id(), Paging.first(first, 10)));
	}

	@BatchMapping(typeName = "Paper")
	Map<PaperNode, ClusterNode> cluster(List<PaperNode> papers) {
		Map<String, ClusterNode> found = clusters.forPapers(papers.stream().map(PaperNode::id).toList());
		return papers.stream()
			.filter(paper -> found.containsKey(paper.id()))
			.collect(Collectors.toMap(Function.identity(), paper -> found.get(paper.id()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Paper")
	Map<PaperNode, List<PaperNode>> mentions(List<PaperNode> papers) {
		return byPaper(papers, mentions.of(papers.stream().map(PaperNode::id).toList(), true));
	}

	@BatchMapping(typeName = "Paper")
	Map<PaperNode, List<PaperNode>> mentionedBy(List<PaperNode> papers) {
		return byPaper(papers, mentions.of(papers.stream().map(PaperNode::id).toList(), false));
	}

	private static Map<PaperNode, List<PaperNode>> byPaper(List<PaperNode> papers, Map<String, List<PaperNode>> found) {
		return papers.stream()
			.collect(Collectors.toMap(Function.identity(), paper -> found.getOrDefault(paper.id(), List.of()),
					(a, b) -> a));
	}

}
