// The start view and search results.

import { isAbort, queries } from './api.js';
import { count, empty, failure, h, loading, route, section } from './dom.js';

const SUGGESTIONS = ['long context', 'reinforcement learning', 'diffusion models', 'memory for very long inputs'];

/** The start: what the graph holds, searches to try, and the largest topics drawn on the canvas. */
export async function renderHome(ctx) {
  ctx.title('');
  ctx.search('');
  const stats = h('div', { class: 'stats' }, loading('Counting the graph…'));
  const topics = h('div', {}, loading('Loading topics…'));
  ctx.show(
    h('h1', { tabindex: '-1' }, 'Explore machine-learning research as a graph'),
    h('p', { class: 'lead' }, 'Search papers, open one to see its topics, code and related work, click nodes on the canvas to grow the graph, or find how two papers connect.'),
    stats,
    section('Try a search', h('ul', { class: 'chips' }, SUGGESTIONS.map((text) =>
      h('li', {}, h('a', { class: 'chip', href: route('search', text) }, text))))),
    section('Largest topics', topics),
    section('Keyboard', h('ul', { class: 'keys' },
      h('li', {}, h('kbd', {}, '/'), ' search'),
      h('li', {}, h('kbd', {}, '↓'), h('kbd', {}, '↑'), ' move through results'),
      h('li', {}, h('kbd', {}, 'Enter'), ' open'),
      h('li', {}, h('kbd', {}, 'Tab'), ' next link or button'))));

  const loadStats = async () => {
    try {
      const { stats: s } = await ctx.query(queries.stats);
      stats.replaceChildren(...[
        ['papers', s.papers], ['topics', s.topics], ['repositories', s.repositories],
        ['authors', s.authors], ['clusters', s.clusters], ['links', s.edges],
      ].map(([label, value]) => h('div', { class: 'stat' }, h('span', { class: 'stat-value' }, count(value)), h('span', { class: 'stat-label' }, label))));
    } catch (error) {
      if (!isAbort(error)) stats.replaceChildren(failure('The counts could not be loaded.', error, loadStats));
    }
  };
  const loadTopics = async () => {
    try {
      const { topics: all } = await ctx.query(queries.topics);
      const largest = all.filter((topic) => topic.level > 0 && topic.paperCount > 0)
        .sort((a, b) => b.paperCount - a.paperCount || a.name.localeCompare(b.name)).slice(0, 8);
      if (!largest.length) {
        topics.replaceChildren(empty('No topic has papers yet. Ingest some papers to fill the graph.'));
        ctx.graph.blank('The graph is empty. Ingest papers to see them here.');
        return;
      }
      topics.replaceChildren(h('ul', { class: 'link-list' }, largest.map((topic) => h('li', {},
        h('a', { href: route('topic', topic.slug) }, topic.name), h('span', { class: 'count' }, count(topic.paperCount))))));
      await ctx.neighbourhood(largest.slice(0, 5).map((topic) => `topic:${topic.slug}`), 'the largest topics', { depth: 1, limit: 150 });
    } catch (error) {
      if (isAbort(error)) return;
      topics.replaceChildren(failure('The topics could not be loaded.', error, loadTopics));
      ctx.graph.blank('Nothing to draw: the topics could not be loaded.', 'error');
    }
  };
  await Promise.all([loadStats(), loadTopics()]);
}

function resultItem(hit, index) {
  const paper = hit.paper;
  const topics = paper.topics.slice(0, 3).map((t) => t.topic.name);
  const stars = paper.repositories.reduce((sum, repository) => sum + (repository.stars ?? 0), 0);
  const meta = [
    paper.publishedAt,
    paper.arxivId ? `arXiv ${paper.arxivId}` : null,
    paper.upvotes ? `▲ ${count(paper.upvotes)}` : null,
    paper.repositories.length ? `code${stars ? ` ★ ${count(stars)}` : ''}` : null,
  ].filter(Boolean);
  return h('li', { class: 'result' },
    h('a', { class: 'result-link', href: route('paper', paper.id), 'aria-describedby': `result-meta-${index}` },
      h('span', { class: 'result-title' }, paper.title)),
    h('p', { class: 'result-meta', id: `result-meta-${index}` },
      meta.length ? h('span', {}, meta.join(' · ')) : null,
      topics.length ? h('span', { class: 'result-topics' }, topics.join(', ')) : null,
      h('span', { class: 'score', title: 'How well it matched' }, `score ${hit.score.toFixed(3)}`)));
}

/** Hybrid search results; the top hits are drawn on the canvas. */
export async function renderSearch(ctx, text) {
  ctx.title(`Search: ${text}`);
  ctx.search(text);
  const results = h('div', { class: 'results-box' }, loading('Searching…'));
  ctx.show(h('p', { class: 'eyebrow' }, 'Search'), h('h1', { tabindex: '-1' }, `Results for “${text}”`), results);
  ctx.graph.busy('Waiting for results…');
  try {
    const { search: hits } = await ctx.query(queries.search, { q: text, first: 20 });
    if (!ctx.live()) return;
    if (!hits.length) {
      results.replaceChildren(empty('No paper matches this search. Try other words, or browse the topics.'),
        h('p', {}, h('a', { href: '#/topics' }, 'Browse the topics')));
      ctx.graph.blank('No results to draw.');
      return;
    }
    results.replaceChildren(
      h('p', { class: 'hint', id: 'results-hint' }, `${hits.length} paper${hits.length === 1 ? '' : 's'}. Use ↓ and ↑ to move, Enter to open.`),
      h('ol', { class: 'results', 'aria-label': `Search results for ${text}`, 'aria-describedby': 'results-hint' }, hits.map(resultItem)));
    await ctx.neighbourhood(hits.slice(0, 5).map((hit) => hit.paper.id), `the top results for “${text}”`, { depth: 1, limit: 150 });
  } catch (error) {
    if (isAbort(error)) return;
    results.replaceChildren(failure('The search failed.', error, () => renderSearch(ctx, text)));
    ctx.graph.blank('Nothing to draw: the search failed.', 'error');
  }
}
