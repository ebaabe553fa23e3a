// Topics: a topic's panel with its trend, the taxonomy tree, the cluster map and a cluster's papers.

import { isAbort, queries } from './api.js';
import { trendChart } from './chart.js';
import { count, empty, externalLink, failure, h, loading, route, section } from './dom.js';

const INTERVALS = [['MONTH', 'Month'], ['YEAR', 'Year'], ['WEEK', 'Week']];

function paperItems(edges) {
  return edges.map((edge) => h('li', {},
    h('a', { href: route('paper', edge.node.id) }, edge.node.title),
    edge.node.publishedAt ? h('span', { class: 'count' }, edge.node.publishedAt) : null));
}

function trendBlock(ctx, slug) {
  const box = h('div', { class: 'trend' });
  const chart = h('div', { class: 'trend-body' });
  const buttons = INTERVALS.map(([value, label]) => h('button', {
    type: 'button', class: 'segment', 'aria-pressed': String(value === 'MONTH'), onclick: () => load(value),
  }, label));
  box.append(h('div', { class: 'segments', role: 'group', 'aria-label': 'Trend interval' }, buttons), chart);

  async function load(interval) {
    buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(INTERVALS[i][0] === interval)));
    chart.replaceChildren(loading('Loading the trend…'));
    try {
      const { topic } = await ctx.query(queries.trend, { slug, interval });
      const points = topic?.trend ?? [];
      if (!points.length || points.every((point) => point.count === 0)) {
        chart.replaceChildren(h('div', { class: 'state empty no-dates' },
          h('p', { class: 'state-title' }, 'No dated papers'),
          h('p', { class: 'state-detail' }, topic?.paperCount
            ? `None of this topic's ${count(topic.paperCount)} papers has a publication date, so there is no trend to draw yet.`
            : 'This topic has no papers yet.')));
        return;
      }
      const dated = points.reduce((sum, point) => sum + point.count, 0);
      chart.replaceChildren(trendChart(points, interval),
        h('p', { class: 'trend-note' }, `${count(dated)} of ${count(topic.paperCount)} papers have a publication date.`));
    } catch (error) {
      if (!isAbort(error)) chart.replaceChildren(failure('The trend could not be loaded.', error, () => load(interval)));
    }
  }
  return { box, load };
}

/** A topic: description, subtopics, trend, papers, related topics and repositories; the canvas draws its neighbourhood. */
export async function renderTopic(ctx, slug) {
  ctx.title('Topic');
  ctx.show(loading('Loading the topic…'));
  const drawing = ctx.neighbourhood([`topic:${slug}`], 'this topic', { depth: 2, limit: 150 });
  let topic;
  try {
    ({ topic } = await ctx.query(queries.topic, { slug }));
  } catch (error) {
    if (isAbort(error)) return;
    ctx.show(failure('The topic could not be loaded.', error, () => renderTopic(ctx, slug)));
    return;
  }
  if (!topic) {
    ctx.title('Topic not found');
    ctx.show(h('h1', { tabindex: '-1' }, 'Topic not found'), empty(`No topic has the slug “${slug}”.`),
      h('p', {}, h('a', { href: '#/topics' }, 'Browse the topics')));
    ctx.graph.blank('No topic to draw.');
    return;
  }
  ctx.title(topic.name);
  const trend = trendBlock(ctx, topic.slug);
  const papers = h('ol', { class: 'link-list numbered' }, paperItems(topic.papers.edges));
  const more = h('div', {});
  let cursor = topic.papers.pageInfo.endCursor;
  const moreButton = () => h('button', {
    type: 'button', class: 'button small', onclick: async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      button.textContent = 'Loading…';
      try {
        const data = await ctx.query(queries.topicPapers, { slug: topic.slug, after: cursor });
        papers.append(...paperItems(data.topic.papers.edges));
        cursor = data.topic.papers.pageInfo.endCursor;
        more.replaceChildren(data.topic.papers.pageInfo.hasNextPage ? moreButton() : '');
      } catch (error) {
        if (!isAbort(error)) more.replaceChildren(failure('More papers could not be loaded.', error), moreButton());
      }
    },
  }, 'More papers');
  if (topic.papers.pageInfo.hasNextPage) more.append(moreButton());

  ctx.show(h('article', { class: 'topic', 'aria-labelledby': 'topic-title' },
    h('p', { class: 'eyebrow' }, 'Topic',
      topic.parent ? [' · in ', h('a', { href: route('topic', topic.parent.slug) }, topic.parent.name)] : ' · root of the taxonomy'),
    h('h1', { id: 'topic-title', tabindex: '-1' }, topic.name),
    h('p', { class: 'lead' }, topic.description),
    h('p', { class: 'meta' }, `${count(topic.paperCount)} paper${topic.paperCount === 1 ? '' : 's'}, subtopics included · `, h('code', {}, topic.slug)),
    topic.children.length ? section('Subtopics', h('ul', { class: 'chips' }, topic.children.map((child) => h('li', {},
      h('a', { class: 'chip', href: route('topic', child.slug) }, child.name, h('span', { class: 'chip-count' }, count(child.paperCount))))))) : null,
    section('Trend', trend.box),
    section(`Papers (${count(topic.papers.totalCount)})`, topic.papers.edges.length ? [papers, more] : empty('No papers in this topic yet.')),
    section('Related topics', topic.relatedTopics.length
      ? h('ul', { class: 'link-list' }, topic.relatedTopics.map((related) => h('li', {},
        h('a', { href: route('topic', related.topic.slug) }, related.topic.name),
        h('span', { class: 'count', title: 'Shared papers, and the Jaccard index of the two paper sets' },
          `${count(related.sharedPapers)} shared · ${related.weight.toFixed(2)}`))))
      : empty('No topic shares papers with this one.')),
    section('Code', topic.repositories.length
      ? h('ul', { class: 'repo-list' }, topic.repositories.map((repository) => h('li', {},
        externalLink(repository.url, `${repository.owner}/${repository.name}`),
        h('span', { class: 'stars' }, repository.stars === null ? '★ –' : `★ ${count(repository.stars)}`))))
      : empty('No code repository linked to these papers.'))));
  await Promise.all([trend.load('MONTH'), drawing]);
}

function buildTree(topics) {
  const bySlug = new Map(topics.map((topic) => [topic.slug, { ...topic, children: [] }]));
  const roots = [];
  for (const topic of bySlug.values()) {
    const parent = topic.parent && bySlug.get(topic.parent.slug);
    if (parent) parent.children.push(topic);
    else roots.push(topic);
  }
  const order = (a, b) => b.paperCount - a.paperCount || a.name.localeCompare(b.name);
  const sort = (list) => {
    list.sort(order);
    list.forEach((topic) => sort(topic.children));
    return list;
  };
  return sort(roots);
}

function treeList(topics, hideEmpty, depth = 0) {
  const shown = hideEmpty ? topics.filter((topic) => topic.paperCount > 0) : topics;
  if (!shown.length) return null;
  return h('ul', { class: depth === 0 ? 'tree' : 'tree-children' }, shown.map((topic) => {
    const link = h('a', { href: route('topic', topic.slug), class: topic.paperCount ? '' : 'muted' }, topic.name);
    const countBadge = h('span', { class: 'count', 'aria-label': `${topic.paperCount} papers` }, count(topic.paperCount));
    const children = treeList(topic.children, hideEmpty, depth + 1);
    if (!children) return h('li', { class: 'tree-leaf' }, h('span', { class: 'tree-row' }, link, countBadge));
    return h('li', {}, h('details', { open: depth === 0 && topic.paperCount > 0 },
      h('summary', { class: 'tree-row' }, link, countBadge), children));
  }));
}

function clusterItems(clusters) {
  return h('ul', { class: 'cluster-list' }, clusters.map((cluster) => h('li', {},
    h('a', { href: route('cluster', cluster.id.replace(/^cluster:/, '')) }, cluster.label),
    h('span', { class: 'count' }, `${count(cluster.size)} papers`),
    cluster.keyTerms.length ? h('p', { class: 'terms' }, cluster.keyTerms.slice(0, 5).join(' · ')) : null)));
}

/** Draws the cluster map on the canvas and answers the clusters, or null with the canvas saying why. */
async function clusterMap(ctx, target) {
  await ctx.graphReady;
  ctx.graph.busy('Drawing the cluster map…');
  try {
    const { clusters } = await ctx.query(queries.clusters);
    if (!ctx.live()) return null;
    if (!clusters.length) {
      ctx.graph.blank('No clusters yet. Clusters are found once enough papers are linked by similarity, topics and keywords.');
      target?.replaceChildren(empty('No clusters yet.'));
      return [];
    }
    ctx.graph.drawClusters(clusters);
    target?.replaceChildren(clusterItems(clusters));
    return clusters;
  } catch (error) {
    if (isAbort(error)) return null;
    ctx.graph.blank('The cluster map could not be drawn.', 'error');
    target?.replaceChildren(failure('The clusters could not be loaded.', error, () => clusterMap(ctx, target)));
    return null;
  }
}

/** The taxonomy tree with paper counts, and the cluster map on the canvas. */
export async function renderTopics(ctx) {
  ctx.title('Topics');
  const tree = h('div', {}, loading('Loading the taxonomy…'));
  const clusters = h('div', {}, loading('Loading the clusters…'));
  const toggle = h('input', { type: 'checkbox', id: 'hide-empty', checked: true });
  ctx.show(h('h1', { tabindex: '-1' }, 'Topics'),
    h('p', { class: 'lead' }, 'The taxonomy, with how many papers each topic holds (subtopics included), and the clusters of papers found in the graph, drawn as a map.'),
    section('Clusters', clusters),
    section('Taxonomy', h('p', { class: 'option' }, toggle, h('label', { for: 'hide-empty' }, ' Only topics with papers')), tree));

  const loadTree = async () => {
    try {
      const { topics } = await ctx.query(queries.topics);
      const roots = buildTree(topics);
      const render = () => tree.replaceChildren(treeList(roots, toggle.checked) ?? empty('No topic has papers yet.'));
      toggle.addEventListener('change', render);
      render();
    } catch (error) {
      if (!isAbort(error)) tree.replaceChildren(failure('The taxonomy could not be loaded.', error, loadTree));
    }
  };
  await Promise.all([loadTree(), clusterMap(ctx, clusters)]);
}

/** A cluster: key terms, topics and papers; the canvas keeps the cluster map with the cluster selected. */
export async function renderCluster(ctx, number) {
  const id = `cluster:${number}`;
  ctx.title('Cluster');
  ctx.show(loading('Loading the cluster…'));
  const drawing = ctx.graph.mode === 'clusters' ? Promise.resolve(true) : clusterMap(ctx, null);
  let cluster;
  try {
    ({ cluster } = await ctx.query(queries.cluster, { id }));
  } catch (error) {
    if (isAbort(error)) return;
    ctx.show(failure('The cluster could not be loaded.', error, () => renderCluster(ctx, number)));
    return;
  }
  if (!cluster) {
    ctx.title('Cluster not found');
    ctx.show(h('h1', { tabindex: '-1' }, 'Cluster not found'), empty(`No cluster has the id “${id}”. Clusters are found again as the graph grows.`),
      h('p', {}, h('a', { href: '#/topics' }, 'Back to the topics')));
    return;
  }
  ctx.title(cluster.label);
  const papers = h('div', {}, loading('Loading the papers…'));
  const papersHeading = h('h2', {}, 'Papers');
  ctx.show(h('article', { class: 'cluster', 'aria-labelledby': 'cluster-title' },
    h('p', { class: 'eyebrow' }, h('a', { href: '#/topics' }, 'Topics'), ' · Cluster'),
    h('h1', { id: 'cluster-title', tabindex: '-1' }, cluster.label),
    h('p', { class: 'meta' }, `${count(cluster.size)} papers`,
      cluster.quality !== null && cluster.quality !== undefined ? ` · ${Math.round(cluster.quality * 100)}% of its link weight stays inside` : ''),
    cluster.keyTerms.length ? section('Key terms', h('ul', { class: 'chips small' }, cluster.keyTerms.map((term) => h('li', { class: 'chip' }, term)))) : null,
    cluster.topics.length ? section('Topics', h('ul', { class: 'chips' }, cluster.topics.map((topic) => h('li', {}, h('a', { class: 'chip', href: route('topic', topic.slug) }, topic.name))))) : null,
    h('section', { class: 'block' }, papersHeading, papers),
    cluster.neighbours.length ? section('Connected clusters', h('ul', { class: 'link-list' }, cluster.neighbours.map((link) => h('li', {},
      h('a', { href: route('cluster', link.cluster.id.replace(/^cluster:/, '')) }, link.cluster.label),
      h('span', { class: 'count' }, `link weight ${link.weight.toFixed(2)}`))))) : null));

  const loadPapers = async () => {
    try {
      const data = await ctx.query(queries.clusterPapers, { id: cluster.id });
      const page = data.cluster?.papers;
      papersHeading.textContent = `Papers (${count(page?.totalCount ?? 0)})`;
      papers.replaceChildren(page?.edges.length
        ? h('ol', { class: 'link-list numbered', 'aria-label': `Papers of the cluster ${cluster.label}` }, paperItems(page.edges))
        : empty('No papers listed.'));
    } catch (error) {
      if (!isAbort(error)) papers.replaceChildren(failure('The papers of this cluster could not be loaded.', error, loadPapers));
    }
  };
  await loadPapers();
  if (await drawing) ctx.graph.select(cluster.id);
}
