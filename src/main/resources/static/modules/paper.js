// A paper's panel: abstract, authors, topics with evidence, code, cluster and related papers with reasons.

import { isAbort, queries } from './api.js';
import { count, empty, externalLink, failure, h, loading, reasonWords, route, section } from './dom.js';

function scoreBar(value, label) {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
  return h('span', { class: 'bar', role: 'img', 'aria-label': `${label} ${Math.round(value * 100)} percent` }, fill);
}

function abstractBlock(text) {
  if (!text) return empty('No abstract in the sources.');
  const paragraph = h('p', { class: 'abstract', id: 'abstract-text' }, text);
  if (text.length < 900) return paragraph;
  paragraph.classList.add('clamped');
  const toggle = h('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false', 'aria-controls': 'abstract-text' }, 'Show the whole abstract');
  toggle.addEventListener('click', () => {
    const open = paragraph.classList.toggle('clamped') === false;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Show less' : 'Show the whole abstract';
  });
  return h('div', {}, paragraph, toggle);
}

function topicList(topics) {
  if (!topics.length) return empty('No topic assigned yet.');
  return h('ul', { class: 'topic-list' }, topics.map((entry) => h('li', { class: 'topic-item' },
    h('div', { class: 'topic-head' },
      h('a', { href: route('topic', entry.topic.slug) }, entry.topic.name),
      scoreBar(entry.score, 'score'),
      h('span', { class: 'num' }, entry.score.toFixed(2))),
    entry.evidence.length
      ? h('ul', { class: 'evidence', 'aria-label': `Evidence for ${entry.topic.name}` }, entry.evidence.map((item) => h('li', {}, item)))
      : null)));
}

function repositoryList(repositories) {
  if (!repositories.length) return empty('No code repository linked.');
  return h('ul', { class: 'repo-list' }, repositories.map((repository) => h('li', {},
    externalLink(repository.url, `${repository.owner}/${repository.name}`),
    h('span', { class: 'stars', 'aria-label': repository.stars === null ? 'stars unknown' : `${repository.stars} stars` },
      repository.stars === null ? '★ –' : `★ ${count(repository.stars)}`))));
}

function reasonItem(reason) {
  return h('li', { class: `reason reason-${reason.kind.toLowerCase()}` }, h('span', { class: 'reason-kind' }, reasonWords(reason.kind)), ' ', reason.detail);
}

function reasonList(reasons) {
  const shown = reasons.slice(0, 3);
  const rest = reasons.slice(3);
  return h('div', { class: 'reasons-box' },
    h('ul', { class: 'reasons', 'aria-label': 'Why it is related' }, shown.map(reasonItem)),
    rest.length ? h('details', { class: 'more-reasons' }, h('summary', {}, `${rest.length} more reason${rest.length === 1 ? '' : 's'}`),
      h('ul', { class: 'reasons' }, rest.map(reasonItem))) : null);
}

function relatedList(related) {
  if (!related.length) return empty('No related papers found yet.');
  return h('ol', { class: 'related-list' }, related.map((entry) => h('li', {},
    h('div', { class: 'related-head' },
      h('a', { href: route('paper', entry.paper.id) }, entry.paper.title),
      h('span', { class: 'num', title: 'Relatedness' }, entry.score.toFixed(2))),
    reasonList(entry.reasons))));
}

/** The paper panel; the canvas draws the paper's neighbourhood. */
export async function renderPaper(ctx, id) {
  ctx.title('Paper');
  ctx.show(loading('Loading the paper…'));
  const drawing = ctx.neighbourhood([id], 'this paper', { depth: 2, limit: 150 });
  let paper;
  try {
    ({ paper } = await ctx.query(queries.paper, { id }));
  } catch (error) {
    if (isAbort(error)) return;
    ctx.show(failure('The paper could not be loaded.', error, () => renderPaper(ctx, id)));
    return;
  }
  if (!paper) {
    ctx.title('Paper not found');
    ctx.show(h('h1', { tabindex: '-1' }, 'Paper not found'),
      empty(`No paper has the id “${id}”. It may not be in the graph yet.`),
      h('p', {}, h('a', { href: '#/' }, 'Back to the start')));
    ctx.graph.blank('No paper to draw.');
    return;
  }
  ctx.title(paper.title);
  const meta = [
    paper.publishedAt ? `Published ${paper.publishedAt}` : 'No publication date',
    paper.upvotes !== null ? `▲ ${count(paper.upvotes)} upvotes` : null,
    paper.comments ? `${count(paper.comments)} comments` : null,
    paper.organization,
  ].filter(Boolean);
  const cluster = h('div', {}, loading('Loading the cluster…'));
  const related = h('div', {}, loading('Finding related papers…'));
  ctx.show(h('article', { class: 'paper', 'aria-labelledby': 'paper-title' },
    h('p', { class: 'eyebrow' }, 'Paper', paper.arxivId ? ` · arXiv ${paper.arxivId}` : null),
    h('h1', { id: 'paper-title', tabindex: '-1' }, paper.title),
    h('p', { class: 'meta' }, meta.join(' · ')),
    h('p', { class: 'authors', 'data-testid': 'authors' },
      paper.authors.length ? paper.authors.map((author) => author.name).join(', ') : 'No authors listed in the sources.'),
    h('div', { class: 'actions' },
      paper.url ? externalLink(paper.url, 'Read the paper ↗', { class: 'button small primary' }) : null,
      paper.projectPage ? externalLink(paper.projectPage, 'Project page ↗', { class: 'button small' }) : null,
      h('a', { class: 'button small', href: route('path', paper.id) }, 'Find a path from here')),
    paper.aiSummary ? h('p', { class: 'summary' }, paper.aiSummary) : null,
    section('Abstract', abstractBlock(paper.abstract)),
    section(`Topics (${paper.topics.length})`, topicList(paper.topics)),
    section(`Code (${paper.repositories.length})`, repositoryList(paper.repositories)),
    section('Related papers', related),
    section('Cluster', cluster),
    paper.keywords.length ? section('Keywords', h('ul', { class: 'chips small' }, paper.keywords.map((keyword) => h('li', { class: 'chip' }, keyword)))) : null));

  const loadRelated = async () => {
    try {
      const data = await ctx.query(queries.related, { id: paper.id });
      related.replaceChildren(relatedList(data.paper?.related ?? []));
    } catch (error) {
      if (!isAbort(error)) related.replaceChildren(failure('Related papers could not be loaded.', error, loadRelated));
    }
  };
  const loadCluster = async () => {
    try {
      const data = await ctx.query(queries.paperCluster, { id: paper.id });
      const found = data.paper?.cluster;
      cluster.replaceChildren(found
        ? h('p', { class: 'cluster-line' }, h('a', { href: route('cluster', found.id.replace(/^cluster:/, '')) }, found.label), ' ', h('span', { class: 'count' }, `${count(found.size)} papers`))
        : empty('Not in a cluster yet.'));
    } catch (error) {
      if (!isAbort(error)) cluster.replaceChildren(failure('The cluster could not be loaded.', error, loadCluster));
    }
  };
  await Promise.all([loadRelated(), loadCluster(), drawing]);
  if (ctx.live()) ctx.graph.select(paper.id);
}
