package org.papergraph.topics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

import org.neo4j.driver.Value;
import org.papergraph.api.Caller;
import org.papergraph.api.Connection;
import org.papergraph.api.Paging;
import org.papergraph.api.Prefetch;
import org.papergraph.graph.Decimals;
import org.papergraph.graph.GroupedQuery;
import org.papergraph.graph.PaperFilter;
import org.papergraph.graph.PaperFinder;
import org.papergraph.graph.PaperNode;
import org.papergraph.graph.PaperOrder;
import org.papergraph.graph.RepositoryNode;
import org.papergraph.graph.TopicNode;
import org.papergraph.system.ApiKey;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the taxonomy and each topic's papers (subtopics included), related topics, repositories and trend, and the
 * {@code reassignTopics} mutation.
 */
@Controller
class TopicController {

	/** The papers of a topic and of all its subtopics, for a topic bound to {@code t}: one hop each. */
	private static final String TOPIC_PAPERS = "MATCH (t)<-[:IN_TOPIC]-(p:Paper)";

	/** How many papers a topic bound to {@code t} has, subtopics included: the topic's degree, not a walk. */
	private static final String PAPER_COUNT = "COUNT { (t)<-[:IN_TOPIC]-() }";

	private final Neo4jClient neo4j;

	private final PaperFinder finder;

	private final TopicService topics;

	private final ApiKey apiKey;

	TopicController(Neo4jClient neo4j, PaperFinder finder, TopicService topics, ApiKey apiKey) {
		this.neo4j = neo4j;
		this.finder = finder;
		this.topics = topics;
		this.apiKey = apiKey;
	}

	/**
	 * The whole taxonomy in one statement, with paper counts when the request asks for them; as every topic is
	 * there, parents and children come from the list itself. All three are handed to their batch loaders
	 * ({@link Prefetch}), so the fields cost no further statement.
	 */
	@QueryMapping
	List<TopicNode> topics(DataFetchingEnvironment env) {
		boolean withCounts = Prefetch.selects(env, "paperCount");
		Map<TopicNode, Integer> counts = new LinkedHashMap<>();
		List<TopicNode> all = List.copyOf(neo4j.query("MATCH (t:Topic) "
				+ "RETURN t {" + TopicNode.projection(Prefetch.selectsTopicTexts(env)) + "} AS topic, "
				+ (withCounts ? PAPER_COUNT : "0")
				+ " AS papers ORDER BY t.level, t.name")
			.fetchAs(TopicNode.class)
			.mappedBy((types, row) -> {
				TopicNode topic = TopicNode.from(row.get("topic"));
				counts.put(topic, row.get("papers").asInt());
				return topic;
			})
			.all());
		if (withCounts) {
			Prefetch.prime(env, "Topic.paperCount", counts);
		}
		Map<String, TopicNode> bySlug = all.stream().collect(Collectors.toMap(TopicNode::slug, Function.identity()));
		Map<TopicNode, TopicNode> parents = new HashMap<>();
		Map<TopicNode, List<TopicNode>> children = new HashMap<>();
		all.forEach(topic -> children.put(topic, new ArrayList<>()));
		all.forEach(topic -> {
			TopicNode parent = topic.parentSlug() == null ? null : bySlug.get(topic.parentSlug());
			parents.put(topic, parent);
			if (parent != null) {
				children.get(parent).add(topic);
			}
		});
		children.values().forEach(list -> list.sort(Comparator.comparing(TopicNode::name)));
		Prefetch.prime(env, "Topic.parent", parents);
		Prefetch.prime(env, "Topic.children", children);
		return all;
	}

	@QueryMapping
	TopicNode topic(@Argument String slug) {
		return neo4j.query("MATCH (t:Topic {slug: $slug}) RETURN t {%s} AS topic".formatted(TopicNode.PROJECTION))
			.bind(slug).to("slug")
			.fetchAs(TopicNode.class)
			.mappedBy((types, row) -> TopicNode.from(row.get("topic")))
			.one()
			.orElse(null);
	}

	@MutationMapping
	TopicService.Report reassignTopics(GraphQLContext context) {
		apiKey.require(Caller.authorization(context));
		return topics.reassignAll();
	}

	@BatchMapping(typeName = "Topic")
	Map<TopicNode, TopicNode> parent(List<TopicNode> children) {
		Map<String, TopicNode> bySlug = bySlug(children.stream().map(TopicNode::parentSlug)
			.filter(java.util.Objects::nonNull).distinct().toList());
		Map<TopicNode, TopicNode> result = new HashMap<>();
		children.forEach(child -> {
			if (child.parentSlug() != null && bySlug.containsKey(child.parentSlug())) {
				result.put(child, bySlug.get(child.parentSlug()));
			}
		});
		return result;
	}

	@BatchMapping(typeName = "Topic")
	Map<TopicNode, List<TopicNode>> children(List<TopicNode> parents) {
		return GroupedQuery.run(neo4j, parents, TopicNode::slug, """
				UNWIND $ids AS id
				MATCH (:Topic {slug: id})<-[:SUBTOPIC_OF]-(c:Topic)
				RETURN id, c {%s} AS item ORDER BY id, c.name
				""".formatted(TopicNode.PROJECTION), TopicNode::from);
	}

	@BatchMapping(typeName = "Topic")
	Map<TopicNode, Integer> paperCount(List<TopicNode> topicNodes) {
		Map<TopicNode, List<Integer>> counts = GroupedQuery.run(neo4j, topicNodes, TopicNode::slug, """
				UNWIND $ids AS id
				MATCH (t:Topic {slug: id})
				RETURN id, %s AS item
				""".formatted(PAPER_COUNT), Value::asInt);
		return counts.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().isEmpty() ? 0 : e.getValue().get(0)));
	}

	@SchemaMapping(typeName = "Topic")
	Connection<PaperNode> papers(TopicNode topic, @Argument Integer first, @Argument String after,
			@Argument PaperOrder orderBy, DataFetchingEnvironment env) {
		return finder.page(PaperFilter.NONE.withTopic(topic.slug()), orderBy == null ? PaperOrder.PUBLISHED_DESC : orderBy,
				Paging.first(first, 20), after, Prefetch.selects(env, "totalCount"), Prefetch.selectsPaperTexts(env));
	}

	@SchemaMapping(typeName = "Topic")
	List<RelatedTopic> relatedTopics(TopicNode topic, @Argument Integer first, DataFetchingEnvironment env) {
		return List.copyOf(neo4j.query("""
				MATCH (t:Topic {slug: $slug})
				MATCH (t)<-[:IN_TOPIC]-(:Paper)-[:IN_TOPIC]->(o:Topic)
				WITH t, o, count(*) AS shared
				WHERE o <> t AND NOT EXISTS { (t)-[:SUBTOPIC_OF*]->(o) } AND NOT EXISTS { (o)-[:SUBTOPIC_OF*]->(t) }
				WITH o, shared, toFloat(shared) / (%s + COUNT { (o)<-[:IN_TOPIC]-() } - shared) AS jaccard
				RETURN o {%s} AS topic, shared, jaccard
				ORDER BY jaccard DESC, shared DESC, o.slug
				LIMIT $first
				""".formatted(PAPER_COUNT, TopicNode.projection(Prefetch.selectsTopicTexts(env))))
			.bind(topic.slug()).to("slug")
			.bind(Paging.first(first, 5)).to("first")
			.fetchAs(RelatedTopic.class)
			.mappedBy((types, row) -> new RelatedTopic(TopicNode.from(row.get("topic")),
					Decimals.round(row.get("jaccard").asDouble(), 3), row.get("shared").asInt()))
			.all());
	}

	@SchemaMapping(typeName = "Topic")
	List<RepositoryNode> repositories(TopicNode topic, @Argument Integer first) {
		return List.copyOf(neo4j.query("""
				MATCH (t:Topic {slug: $slug})
				%s
				MATCH (p)-[:HAS_CODE]->(r:Repository)
				WITH DISTINCT r
				RETURN r {%s} AS repository ORDER BY coalesce(r.stars, -1) DESC, r.key LIMIT $first
				""".formatted(TOPIC_PAPERS, RepositoryNode.PROJECTION))
			.bind(topic.slug()).to("slug")
			.bind(Paging.first(first, 10)).to("first")
			.fetchAs(RepositoryNode.class)
			.mappedBy((types, row) -> RepositoryNode.from(row.get("repository")))
			.all());
	}

	@SchemaMapping(typeName = "Topic")
	List<TrendPoint> trend(TopicNode topic, @Argument Interval interval) {
		Interval step = interval == null ? Interval.MONTH : interval;
		Map<LocalDate, Integer> counts = new LinkedHashMap<>();
		neo4j.query("""
				MATCH (t:Topic {slug: $slug})
				%s
				WITH p WHERE p.publishedAt IS NOT NULL
				RETURN date.truncate($unit, p.publishedAt) AS period, count(*) AS papers ORDER BY period
				""".formatted(TOPIC_PAPERS))
			.bind(topic.slug()).to("slug")
			.bind(step.unit()).to("unit")
			.fetchAs(TrendPoint.class)
			.mappedBy((types, row) -> new TrendPoint(row.get("period").asLocalDate().toString(), row.get("papers").asInt()))
			.all()
			.forEach(point -> counts.put(LocalDate.parse(point.period()), point.count()));
		return step.series(counts);
	}

	private Map<String, TopicNode> bySlug(List<String> slugs) {
		return neo4j.query("UNWIND $slugs AS slug MATCH (t:Topic {slug: slug}) RETURN t {%s} AS topic"
				.formatted(TopicNode.PROJECTION))
			.bind(slugs).to("slugs")
			.fetchAs(TopicNode.class)
			.mappedBy((types, row) -> TopicNode.from(row.get("topic")))
			.all()
			.stream()
			.collect(Collectors.toMap(TopicNode::slug, Function.identity()));
	}

	/** A related topic and its weight. */
	record RelatedTopic(TopicNode topic, double weight, int sharedPapers) {
	}

	/** Papers per period. */
	record TrendPoint(String period, int count) {
	}

	/** Trend intervals, with their Cypher truncation unit. */
	enum Interval {

		WEEK("week", ChronoUnit.WEEKS), MONTH("month", ChronoUnit.MONTHS), YEAR("year", ChronoUnit.YEARS);

		private final String unit;

		private final ChronoUnit chronoUnit;

		Interval(String unit, ChronoUnit chronoUnit) {
			this.unit = unit;
			this.chronoUnit = chronoUnit;
		}

		String unit() {
			return unit;
		}

		/** The counts as a gapless series from the first to the last period, empty periods as zero. */
		List<TrendPoint> series(Map<LocalDate, Integer> counts) {
			List<TrendPoint> series = new ArrayList<>();
			if (counts.isEmpty()) {
				return series;
			}
			LocalDate first = counts.keySet().stream().min(LocalDate::compareTo).orElseThrow();
			LocalDate last = counts.keySet().stream().max(LocalDate::compareTo).orElseThrow();
			for (LocalDate period = first; !period.isAfter(last); period = period.plus(1, chronoUnit)) {
				series.add(new TrendPoint(period.toString(), counts.getOrDefault(period, 0)));
			}
			return series;
		}

	}

}
