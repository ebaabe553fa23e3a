// papergraph explorer: a hash-routed page over the public GraphQL API, with a Cytoscape.js graph canvas.

import { gql, inFlight, isAbort, onActivity, queries } from './modules/api.js';
import { failure, h, replace } from './modules/dom.js';
import { GraphCanvas, legend } from './modules/graph.js';
import { renderHome, renderSearch } from './modules/search.js';
import { renderPaper } from './modules/paper.js';
import { renderCluster, renderTopic, renderTopics } from './modules/topics.js';
import { renderPath } from './modules/path.js';

const panel = document.getElementById('panel');
const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('search-input');
const banner = document.getElementById('banner');
const progress = document.getElementById('progress');

const graph = new GraphCanvas({
  container: document.getElementById('cy'),
  overlay: document.getElementById('canvas-overlay'),
  caption: document.getElementById('canvas-caption'),
  card: document.getElementById('node-card'),
  onTap: (node) => expand(node),
  onOpen: (node) => open(node),
  onCluster: (id) => { window.location.hash = clusterRoute(id); },
});

/** State for tests and for people poking at the page from the console. */
const papergraph = {
  get cy() { return graph.cy; },
  get busy() { return inFlight() > 0 || expanding > 0 || graph.moving; },
  route: null,
  ready: false,
  errors: [],
};
window.papergraph = papergraph;

let expanding = 0;
let navigation = null;
let userNavigated = false;
let fromSearchBox = false;

onActivity((count) => { progress.hidden = count === 0; });

/** Shows an error that is not part of any one view, for example a failed expansion. */
function showBanner(text) {
  replace(banner, h('span', {}, text),
    h('button', { type: 'button', class: 'button small', 'aria-label': 'Dismiss the message', onclick: () => { banner.hidden = true; } }, 'Dismiss'));
  banner.hidden = false;
}

window.addEventListener('error', (event) => {
  papergraph.errors.push(String(event.message));
  showBanner('Something went wrong on this page. Reload to start again.');
});
window.addEventListener('unhandledrejection', (event) => {
  if (isAbort(event.reason)) return;
  papergraph.errors.push(String(event.reason?.message ?? event.reason));
  showBanner('Something went wrong on this page. Reload to start again.');
});

function clusterRoute(id) {
  return '#/cluster/' + encodeURIComponent(String(id).replace(/^cluster:/, ''));
}

function open(node) {
  if (node.kind === 'PAPER') window.location.hash = '#/paper/' + encodeURIComponent(node.id);
  else if (node.kind === 'TOPIC') window.location.hash = '#/topic/' + encodeURIComponent(node.id.replace(/^topic:/, ''));
  else if (node.kind === 'CLUSTER') window.location.hash = clusterRoute(node.id);
}

/** Merges a clicked node's neighbourhood into the canvas. */
async function expand(node) {
  const element = graph.cy.getElementById(node.id);
  if (element.hasClass('expanded')) return;
  if (graph.full()) {
    graph.expanded(node.id, 'the canvas is full: open a node to start afresh');
    return;
  }
  expanding++;
  element.addClass('expanded');
  graph.expanded(node.id, 'expanding…');
  try {
    const data = await gql(queries.subgraph, { seeds: [node.id], depth: 1, limit: 40 });
    if (graph.cy.getElementById(node.id).empty()) return;
    const added = graph.merge(data.subgraph, node.id);
    graph.expanded(node.id, added ? `${added} new node${added === 1 ? '' : 's'} added` : 'no new neighbours');
  } catch (error) {
    element.removeClass('expanded');
    graph.expanded(node.id, 'could not expand');
    showBanner(`The node could not be expanded: ${error.message}`);
  } finally {
    expanding--;
  }
}

const graphReady = graph.init();

/** What views get: the panel, the canvas, and requests that stop when the reader moves on. */
function context(signal, moveFocus) {
  return {
    panel,
    graph,
    graphReady,
    signal,
    query: (query, variables) => gql(query, variables, signal),
    live: () => !signal.aborted,
    /** Renders the panel's content and moves focus to its heading after a reader's own navigation. */
    show(...children) {
      if (signal.aborted) return;
      replace(panel, ...children);
      panel.scrollTop = 0;
      if (moveFocus) panel.querySelector('h1')?.focus({ preventScroll: true });
    },
    title(text) {
      document.title = text ? `${text} · papergraph` : 'papergraph explorer';
    },
    search(text) {
      searchInput.value = text ?? '';
    },
    /** Draws the neighbourhood of the seeds on the canvas, with loading and error states. */
    async neighbourhood(seeds, title, { depth = 2, limit = 150 } = {}) {
      await graphReady;
      if (!graph.cy || signal.aborted) return;
      graph.busy(`Drawing the neighbourhood of ${title}…`);
      try {
        const data = await gql(queries.subgraph, { seeds, depth, limit }, signal);
        if (signal.aborted) return;
        graph.draw(data.subgraph, { seeds, title: `Neighbourhood of ${title}` });
      } catch (error) {
        if (isAbort(error)) return;
        graph.notice(`The graph could not be drawn: ${error.message}`, 'error');
      }
    },
  };
}

function parseRoute() {
  const raw = window.location.hash.replace(/^#\/?/, '');
  const parts = raw.split('/').filter((part, i) => part !== '' || i === 0).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  return { name: parts[0] || 'home', args: parts.slice(1) };
}

const VIEWS = {
  home: (ctx) => renderHome(ctx),
  search: (ctx, [text]) => renderSearch(ctx, text ?? ''),
  paper: (ctx, [id]) => renderPaper(ctx, id),
  topic: (ctx, [slug]) => renderTopic(ctx, slug),
  topics: (ctx) => renderTopics(ctx),
  cluster: (ctx, [id]) => renderCluster(ctx, id),
  path: (ctx, [from, to, hops]) => renderPath(ctx, from, to, hops),
};

async function navigate() {
  navigation?.abort();
  navigation = new AbortController();
  const route = parseRoute();
  papergraph.route = route;
  banner.hidden = true;
  for (const link of document.querySelectorAll('nav.views a')) {
    const current = link.dataset.view === route.name || (link.dataset.view === 'topics' && ['topic', 'cluster'].includes(route.name))
      || (link.dataset.view === 'home' && ['search', 'paper'].includes(route.name));
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const ctx = context(navigation.signal, userNavigated && !fromSearchBox);
  fromSearchBox = false;
  const view = VIEWS[route.name];
  try {
    if (!view || (route.name !== 'home' && route.name !== 'topics' && route.name !== 'path' && !route.args[0])) {
      ctx.title('Not found');
      ctx.show(h('h1', { tabindex: '-1' }, 'Nothing here'),
        h('p', { class: 'state empty' }, 'This address does not lead to a view of the explorer. '),
        h('p', {}, h('a', { href: '#/' }, 'Back to the start')));
      graph.blank('Nothing to draw here.');
      return;
    }
    await view(ctx, route.args);
  } catch (error) {
    if (isAbort(error)) return;
    ctx.show(failure('This view could not be shown.', error, () => navigate()));
  } finally {
    papergraph.ready = true;
  }
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = searchInput.value.trim();
  if (!text) {
    searchInput.focus();
    return;
  }
  const target = '#/search/' + encodeURIComponent(text);
  fromSearchBox = true;
  if (window.location.hash === target) navigate();
  else window.location.hash = target;
});

searchInput.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    const first = panel.querySelector('.results a');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  } else if (event.key === 'Escape') {
    searchInput.value = '';
  }
});

panel.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...panel.querySelectorAll('.results a.result-link')];
  const index = links.indexOf(document.activeElement);
  if (index < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowUp' && index === 0) searchInput.focus();
  else links[Math.max(0, Math.min(links.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))].focus();
});

document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    searchInput.focus();
    searchInput.select();
  }
});

document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  (panel.querySelector('h1') ?? panel).focus();
});
document.getElementById('fit-button').addEventListener('click', () => graph.fit());
document.getElementById('layout-button').addEventListener('click', () => graph.relayout());
document.getElementById('legend').append(legend());

window.addEventListener('hashchange', () => {
  userNavigated = true;
  navigate();
});
navigate();
