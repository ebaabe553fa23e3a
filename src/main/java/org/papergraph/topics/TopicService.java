package org.papergraph.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.papergraph.graph.Embedder;
import org.papergraph.graph.PapersEmbedded;
import org.papergraph.ingest.PapersChanged;
import org.papergraph.system.PapergraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Loads the taxonomy into the graph and keeps every paper's topics and keywords current: for new and changed papers
 * right after their ingest commits, and for all papers when the taxonomy changes.
 */
@Service
public class TopicService {

	private static final Logger log = LoggerFactory.getLogger(TopicService.class);

	private final TopicGraph graph;

	private final PapergraphProperties properties;

	private final ResourceLoader resources;

	private final Embedder embedder;

	private final ReentrantLock assigning = new ReentrantLock();

	private volatile TopicAssigner assigner;

	private volatile TopicVectors vectors;

	public TopicService(TopicGraph graph, PapergraphProperties properties, ResourceLoader resources, Embedder embedder) {
		this.graph = graph;
		this.properties = properties;
		this.resources = resources;
		this.embedder = embedder;
	}

	/** What a reassignment did. */
	public record Report(int papers, int assignments, int keywords, int topics) {
	}

	/**
	 * Reads the taxonomy file and brings the graph's topics in line with it.
	 *
	 * @return whether the papers' topics were assigned with another taxonomy and need reassigning
	 */
	public synchronized boolean loadTaxonomy() {
		Taxonomy taxonomy = Taxonomy.load(resources.getResource(properties.taxonomy()));
		graph.syncTaxonomy(taxonomy);
		assigner = new TopicAssigner(taxonomy);
		vectors = null;
		log.debug("Taxonomy loaded: {} topics", taxonomy.topics().size());
		return !graph.assignedTaxonomyHash().map(taxonomy.hash()::equals).orElse(false);
	}

	/** Assigns topics to the papers an ingest created or updated, unless automatic derivation is off. */
	@EventListener
	public void onPapersChanged(PapersChanged event) {
		if (properties.derive().auto()) {
			assign(event.paperIds());
		}
	}

	/** Assigns topics again to papers that gained embeddings, now with closeness in meaning as a signal. */
	@EventListener
	public void onPapersEmbedded(PapersEmbedded event) {
		assign(event.paperIds());
	}

	/**
	 * Assigns topics and keywords to the given papers. Assignments run one at a time, each reading the papers when
	 * it starts: when concurrent ingests change the same paper, the last assignment reads the last text, so an
	 * assignment made from an older text can never overwrite a newer one.
	 */
	public int assign(List<String> paperIds) {
		assigning.lock();
		try {
			TopicAssigner current = assigner();
			List<TopicGraph.PaperAssignment> assignments = new ArrayList<>();
			for (TopicGraph.PaperText paper : graph.papers(paperIds)) {
				assignments.add(assignment(current, paper));
			}
			return graph.write(assignments, current);
		}
		finally {
			assigning.unlock();
		}
	}

	/** Reloads the taxonomy and assigns topics and keywords to every paper again, a batch at a time. */
	public Report reassignAll() {
		assigning.lock();
		try {
			loadTaxonomy();
			TopicAssigner current = assigner();
			int papers = 0;
			int links = 0;
			String after = "";
			for (List<TopicGraph.PaperText> batch = graph.papersAfter(after); !batch.isEmpty(); batch = graph.papersAfter(after)) {
				List<TopicGraph.PaperAssignment> assignments = new ArrayList<>();
				for (TopicGraph.PaperText paper : batch) {
					assignments.add(assignment(current, paper));
				}
				links += graph.write(assignments, current);
				papers += batch.size();
				after = batch.get(batch.size() - 1).id();
			}
			graph.markAssigned(current.taxonomy());
			log.debug("Topics reassigned: {} papers, {} topic links", papers, links);
			return new Report(papers, links, graph.keywordCount(), current.taxonomy().topics().size());
		}
		finally {
			assigning.unlock();
		}
	}

	/** The assigner of the loaded taxonomy. */
	public TopicAssigner assigner() {
		TopicAssigner current = assigner;
		if (current == null) {
			loadTaxonomy();
			current = assigner;
		}
		return current;
	}

	/** The topics' embeddings, computed once per taxonomy, on first need. */
	private TopicVectors vectors(TopicAssigner current) {
		TopicVectors loaded = vectors;
		if (loaded == null) {
			synchronized (this) {
				loaded = vectors;
				if (loaded == null) {
					loaded = TopicVectors.of(current.taxonomy(), embedder);
					vectors = loaded;
				}
			}
		}
		return loaded;
	}

	private TopicGraph.PaperAssignment assignment(TopicAssigner assigner, TopicGraph.PaperText paper) {
		TopicVectors topicVectors = paper.embedding() == null ? null : vectors(assigner);
		TopicAssigner.Assignment result = assigner.assign(paper.title(), paper.abstractText(), paper.keywords(),
				paper.embedding(), topicVectors);
		return new TopicGraph.PaperAssignment(paper.id(), result.topics(), result.keywords());
	}

}
