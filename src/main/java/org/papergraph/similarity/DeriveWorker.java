package org.papergraph.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.papergraph.graph.Embedder;
import org.papergraph.graph.PapersEmbedded;
import org.papergraph.ingest.PapersChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The single background worker that derives similarity data off the request path: after each ingest (and at start)
 * it embeds papers that have no embedding, in batches, and links them ({@code SIMILAR_TO}); a debounced while after
 * the last change it recomputes mentions and clusters once. {@link #runNow()} does all of it on the same thread,
 * so runs never overlap.
 */
@Component
public class DeriveWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeriveWorker.class);

	private final PaperEmbeddings embeddings;

	private final SimilarityLinks links;

	private final Mentions mentions;

	private final ClusterBuilder clusters;

	private final SimilarityProperties properties;

	private final ApplicationEventPublisher events;

	private final Embedder embedder;

	private final ScheduledExecutorService executor;

	private final Set<String> changed = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean embeddingQueued = new AtomicBoolean();

	private volatile boolean stopping;

	private ScheduledFuture<?> graphStep;

	/** The derive run asked for last; guarded by this worker. */
	private Future<DeriveReport> run;

	/** Papers the run going on has embedded so far. */
	private final AtomicInteger embeddedThisRun = new AtomicInteger();

	private volatile DeriveReport last;

	DeriveWorker(PaperEmbeddings embeddings, SimilarityLinks links, Mentions mentions, ClusterBuilder clusters,
			SimilarityProperties properties, ApplicationEventPublisher events, Embedder embedder) {
		this.embedder = embedder;
		this.embeddings = embeddings;
		this.links = links;
		this.mentions = mentions;
		this.clusters = clusters;
		this.properties = properties;
		this.events = events;
		this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "papergraph-derive");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Queues the changed papers for embedding; returns at once. */
	@EventListener
	public void onPapersChanged(PapersChanged event) {
		if (!properties.background()) {
			return;
		}
		changed.addAll(event.paperIds());
		if (embeddingQueued.compareAndSet(false, true)) {
			executor.execute(this::catchUp);
		}
	}

	/** At start, loads the embedding model and catches up with papers ingested while no worker ran. */
	@EventListener(ApplicationReadyEvent.class)
	public void onStart() {
		if (!properties.background()) {
			return;
		}
		executor.execute(() -> {
			try {
				embedder.preload();
				int embedded = embedPending();
				if (links.count() == 0 && embeddings.pending() == 0) {
					links.rebuildAll();
				}
				if (embedded > 0 || clusters.count() == 0) {
					scheduleGraphStep();
				}
			}
			catch (RuntimeException ex) {
				log.warn("Deriving similarity data at start failed: {}", ex.toString());
			}
		});
	}

	/**
	 * Starts a derive run, unless one is already going, and answers it: it drops stale embeddings, embeds what is
	 * missing, rebuilds every {@code SIMILAR_TO} list, then recomputes mentions and clusters.
	 */
	public synchronized Future<DeriveReport> start() {
		if (run == null || run.isDone()) {
			run = executor.submit(this::deriveAll);
		}
		return run;
	}

	/** What the run going on has done so far, or what the last run did; empty before the first run. */
	public Optional<DeriveReport> status() {
		Future<DeriveReport> current;
		synchronized (this) {
			current = run;
		}
		if (current != null && !current.isDone()) {
			return Optional.of(new DeriveReport(embeddedThisRun.get(), embeddings.pending(), links.count(),
					mentions.count(), clusters.count(), true));
		}
		return Optional.ofNullable(last);
	}

	/** Derives everything now, as {@link #start} does, and waits until it is done. */
	public DeriveReport runNow() {
		try {
			return start().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while deriving", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Deriving failed", ex.getCause());
		}
	}

	private DeriveReport deriveAll() {
		long started = System.nanoTime();
		embeddedThisRun.set(0);
		cancelGraphStep();
		changed.clear();
		embeddings.dropStale(null);
		int embedded = embedPending(embeddedThisRun);
		long embeddedAt = System.nanoTime();
		SimilarityLinks.Rebuild rebuild = links.rebuildAll();
		long linkedAt = System.nanoTime();
		long mentionLinks = mentions.recompute();
		long mentionedAt = System.nanoTime();
		ClusterBuilder.Report report = clusters.recompute();
		log.info("Derived in {} ms: embedded {} papers ({} ms), linked {} papers ({} ms, {} lists rewritten), "
				+ "{} mention links ({} ms), {} clusters ({} ms)", millis(started, System.nanoTime()), embedded,
				millis(started, embeddedAt), rebuild.papers(), millis(embeddedAt, linkedAt), rebuild.rewritten(),
				mentionLinks, millis(linkedAt, mentionedAt), report.clusters(), report.totalMillis());
		DeriveReport done = new DeriveReport(embedded, embeddings.pending(), links.count(), mentionLinks, report.clusters(),
				false);
		last = done;
		return done;
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private void catchUp() {
		embeddingQueued.set(false);
		List<String> ids = new ArrayList<>(changed);
		changed.removeAll(ids);
		try {
			embeddings.dropStale(ids);
			embedPending();
			scheduleGraphStep();
		}
		catch (RuntimeException ex) {
			log.warn("Embedding new papers failed; the next change or derive retries: {}", ex.toString());
		}
	}

	/** Embeds and links batches until no paper is waiting; returns how many papers were embedded. */
	private int embedPending() {
		return embedPending(new AtomicInteger());
	}

	/** Embeds and links batches until no paper is waiting, counting them as it goes; returns how many it embedded. */
	private int embedPending(AtomicInteger progress) {
		int embedded = 0;
		while (!stopping) {
			List<String> batch = embeddings.embedNextBatch();
			if (batch.isEmpty()) {
				break;
			}
			links.linkNew(batch);
			events.publishEvent(new PapersEmbedded(batch));
			embedded += batch.size();
			progress.addAndGet(batch.size());
		}
		if (embedded > 0) {
			log.info("Embedded and linked {} papers", embedded);
		}
		return embedded;
	}

	private synchronized void scheduleGraphStep() {
		cancelGraphStep();
		if (!stopping) {
			graphStep = executor.schedule(this::recomputeGraph, properties.debounce().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private synchronized void cancelGraphStep() {
		if (graphStep != null) {
			graphStep.cancel(false);
			graphStep = null;
		}
	}

	private void recomputeGraph() {
		try {
			long mentionLinks = mentions.recompute();
			ClusterBuilder.Report report = clusters.recompute();
			log.info("Recomputed {} mention links and {} clusters of {} papers", mentionLinks, report.clusters(),
					report.papers());
		}
		catch (RuntimeException ex) {
			log.warn("Recomputing mentions and clusters failed; the next change or derive retries: {}", ex.toString());
		}
	}

	/** Stops the worker: the batch in progress finishes, nothing new starts. */
	@Override
	public void destroy() throws InterruptedException {
		stopping = true;
		cancelGraphStep();
		executor.shutdown();
		if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
			executor.shutdownNow();
		}
	}

}
