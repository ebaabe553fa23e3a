// The graph canvas: Cytoscape.js (served from its WebJar) drawing neighbourhoods, paths and the cluster map.

import { h, replace, relationWords, shorten } from './dom.js';

const CYTOSCAPE = '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';

/** How each kind of node looks; the legend is drawn from this table too. */
export const KINDS = {
  PAPER: { name: 'Paper', color: '#2563eb', shape: 'ellipse', min: 16, max: 44 },
  TOPIC: { name: 'Topic', color: '#ea580c', shape: 'round-diamond', min: 22, max: 52 },
  REPOSITORY: { name: 'Repository', color: '#059669', shape: 'round-rectangle', min: 16, max: 34 },
  AUTHOR: { name: 'Author', color: '#db2777', shape: 'round-triangle', min: 16, max: 34 },
  CLUSTER: { name: 'Cluster', color: '#7c3aed', shape: 'round-hexagon', min: 26, max: 80 },
  KEYWORD: { name: 'Keyword', color: '#64748b', shape: 'round-tag', min: 9, max: 22 },
};

const RELATION_COLORS = {
  HAS_TOPIC: '#fdba74',
  SUBTOPIC_OF: '#f97316',
  SIGNALS: '#fed7aa',
  HAS_KEYWORD: '#cbd5e1',
  HAS_CODE: '#6ee7b7',
  AUTHORED: '#f9a8d4',
  SIMILAR_TO: '#a5b4fc',
  MENTIONS: '#93c5fd',
  IN_CLUSTER: '#c4b5fd',
};

/** The most nodes the canvas holds; expanding further asks to start afresh. */
export const MAX_NODES = 400;

/**
 * Styles; `scale` answers how much to enlarge labels so that they stay readable when the drawing is zoomed out to
 * fit (up to 1.8 times), while nodes shrink.
 */
function styles(scale) {
  const scaled = (size) => () => size * scale();
  const style = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'font-family': 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': scaled(10),
        color: '#1e293b',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': scaled(130),
        'text-outline-color': '#f8fafc',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-opacity': 0,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 0, 1, 0.8, 3)',
        'line-color': (edge) => RELATION_COLORS[edge.data('relation')] ?? '#cbd5e1',
        'curve-style': 'straight',
        opacity: 0.75,
        'font-size': scaled(9),
        color: '#475569',
        'text-outline-color': '#f8fafc',
        'text-outline-width': 2,
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge[relation = "SIMILAR_TO"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    { selector: 'edge[relation = "MENTIONS"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 3] } },
    { selector: 'node[kind = "KEYWORD"]', style: { 'font-size': scaled(8.5), color: '#475569' } },
    { selector: 'node[kind = "TOPIC"]', style: { 'font-size': scaled(11), 'font-weight': 600, color: '#9a3412' } },
    { selector: 'node[kind = "CLUSTER"]', style: { 'font-size': scaled(12), 'font-weight': 600, color: '#4c1d95', 'text-max-width': scaled(160) } },
    { selector: 'node[kind = "PAPER"]', style: { 'font-size': scaled(10), color: '#1e3a8a' } },
    { selector: 'node.quiet', style: { 'text-opacity': 0 } },
    {
      selector: 'edge.cluster-link',
      style: { width: 'mapData(weight, 0, 1, 1.5, 9)', 'line-color': '#a78bfa', opacity: 0.55, 'curve-style': 'straight' },
    },
    { selector: 'node.cluster-node', style: { 'text-wrap': 'wrap', 'text-max-width': scaled(170), 'font-size': scaled(12) } },
    { selector: 'node.seed', style: { 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 700, 'text-opacity': 1, 'z-index': 10 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#94a3b8' } },
    { selector: 'node.seed.expanded', style: { 'border-color': '#0f172a' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#facc15', 'text-opacity': 1, 'z-index': 20 } },
    { selector: 'node.hovered', style: { 'text-opacity': 1, 'z-index': 30, 'font-size': scaled(12), 'text-max-width': scaled(220) } },
    { selector: 'edge.hovered', style: { label: (edge) => relationWords(edge.data('relation')), opacity: 1, 'z-index': 30 } },
    { selector: '.faded', style: { opacity: 0.14 } },
    { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#0f172a', 'font-size': scaled(12), 'text-max-width': scaled(170), 'text-wrap': 'wrap', 'text-opacity': 1 } },
    {
      selector: 'edge.on-path',
      style: {
        width: 3.5, opacity: 1, 'line-color': '#334155', label: (edge) => relationWords(edge.data('relation')),
        'font-size': scaled(11), 'font-weight': 600, color: '#0f172a',
      },
    },
  ];
  for (const [kind, look] of Object.entries(KINDS)) {
    style.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': look.color, shape: look.shape } });
  }
  return style;
}

function nodeSize(kind, weight) {
  const look = KINDS[kind] ?? KINDS.KEYWORD;
  const w = Math.max(0, Math.min(1, Number(weight) || 0));
  return Math.round(look.min + (look.max - look.min) * w);
}

function edgeId(edge) {
  const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
  return `${a}\u2192${edge.relation}\u2192${b}`;
}

/** A node of the API as a Cytoscape element, keyed by the global id of what it draws (edges name their ends by it). */
function nodeElement(node) {
  return {
    group: 'nodes',
    data: {
      id: node.ref,
      kind: node.kind,
      label: node.kind === 'PAPER' ? shorten(node.label, 60) : node.label,
      fullLabel: node.label,
      weight: node.weight,
      size: nodeSize(node.kind, node.weight),
    },
  };
}

function edgeElement(edge) {
  return { group: 'edges', data: { id: edgeId(edge), source: edge.source, target: edge.target, relation: edge.relation, weight: edge.weight } };
}

const REPULSION = { PAPER: 600000, TOPIC: 450000, CLUSTER: 450000, KEYWORD: 50000 };

function coseLayout(count, { randomize = true, animate = false } = {}) {
  const crowded = count > 90;
  return {
    name: 'cose',
    randomize,
    animate: animate && count <= 250 ? 'end' : false,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: false,
    componentSpacing: 80,
    nodeRepulsion: (node) => (REPULSION[node.data('kind')] ?? 200000) * (crowded ? 1 : 0.7),
    nodeOverlap: 16,
    idealEdgeLength: (edge) => {
      const relation = edge.data('relation');
      if (relation === 'HAS_KEYWORD' || relation === 'SIGNALS') return 30;
      if (relation === 'SIMILAR_TO' || relation === 'MENTIONS') return 110;
      return 70;
    },
    edgeElasticity: (edge) => (edge.data('relation') === 'SIMILAR_TO' || edge.data('relation') === 'SIGNALS' ? 400 : 100),
    nestingFactor: 1.2,
    gravity: 0.3,
    numIter: 2000,
    initialTemp: 1000,
    coolingFactor: 0.985,
    minTemp: 1.0,
  };
}

/** Small SVG marks of the node shapes, for the legend. */
function mark(kind) {
  const look = KINDS[kind];
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const shapes = {
    ellipse: ['circle', { cx: 8, cy: 8, r: 6.5 }],
    'round-diamond': ['polygon', { points: '8,1 15,8 8,15 1,8' }],
    'round-rectangle': ['rect', { x: 1.5, y: 3, width: 13, height: 10, rx: 2.5 }],
    'round-triangle': ['polygon', { points: '8,1.5 15,14 1,14' }],
    'round-hexagon': ['polygon', { points: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8' }],
    'round-tag': ['polygon', { points: '1,3 11,3 15,8 11,13 1,13' }],
  };
  const [tag, attrs] = shapes[look.shape];
  const shape = document.createElementNS(ns, tag);
  for (const [name, value] of Object.entries(attrs)) shape.setAttribute(name, String(value));
  shape.setAttribute('fill', look.color);
  svg.append(shape);
  return svg;
}

/** The legend: one entry per kind of node. */
export function legend() {
  return h('ul', { class: 'legend', 'aria-label': 'Legend: node kinds' },
    Object.keys(KINDS).map((kind) => h('li', {}, mark(kind), KINDS[kind].name)),
    h('li', { class: 'legend-note' }, 'size: prominence'));
}

/**
 * The canvas. `onTap(node)` is called when a node is clicked (with `{id, kind, label}`) in neighbourhood and path
 * drawings; `onCluster(id)` when a cluster of the cluster map is.
 */
export class GraphCanvas {
  constructor({ container, overlay, caption, card, onTap, onCluster, onOpen }) {
    this.container = container;
    this.overlay = overlay;
    this.caption = caption;
    this.card = card;
    this.onTap = onTap;
    this.onCluster = onCluster;
    this.onOpen = onOpen;
    this.cy = null;
    this.mode = 'empty';
    this.failed = null;
    this.layouts = 0;
    this.labelScale = 1;
  }

  /** Whether a layout is still moving nodes. */
  get moving() {
    return this.layouts > 0;
  }

  run(options) {
    const layout = this.cy.layout(options);
    this.layouts++;
    layout.one('layoutstop', () => { this.layouts--; });
    layout.run();
  }

  /** Loads Cytoscape and creates the drawing; on failure the canvas says so and the rest of the page works on. */
  async init() {
    try {
      const module = await import(CYTOSCAPE);
      const cytoscape = module.default;
      this.cy = cytoscape({
        container: this.container,
        style: styles(() => this.labelScale),
        minZoom: 0.15,
        maxZoom: 3.5,
        boxSelectionEnabled: false,
        selectionType: 'single',
      });
      this.bind();
    } catch (error) {
      this.failed = error;
      this.notice('The graph drawing could not be loaded. Everything else still works.', 'error');
    }
    return this.cy;
  }

  bind() {
    const cy = this.cy;
    let pending = false;
    cy.on('zoom', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const scale = 1 / Math.max(0.55, Math.min(1, cy.zoom()));
        if (Math.abs(scale - this.labelScale) > 0.02) {
          this.labelScale = scale;
          cy.style().update();
        }
      });
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target;
      const data = { id: node.id(), kind: node.data('kind'), label: node.data('fullLabel') };
      if (this.mode === 'clusters') {
        this.onCluster?.(data.id);
        return;
      }
      this.showCard(node);
      this.onTap?.(data);
    });
    cy.on('tap', (event) => {
      if (event.target === cy) this.hideCard();
    });
    cy.on('mouseover', 'node', (event) => {
      const node = event.target;
      const near = node.closedNeighborhood();
      cy.batch(() => {
        cy.elements().not(near).addClass('faded');
        node.addClass('hovered');
        near.edges().addClass('hovered');
      });
      this.container.title = node.data('fullLabel');
    });
    const calm = () => {
      cy.batch(() => cy.elements().removeClass('faded hovered'));
      this.container.title = '';
    };
    cy.on('mouseout', 'node', calm);
    this.container.addEventListener('mouseleave', calm);
    cy.on('mouseover', 'edge', (event) => event.target.addClass('hovered'));
    cy.on('mouseout', 'edge', (event) => event.target.removeClass('hovered'));
  }

  /** Shows a message over the canvas (`loading`, `error` or `empty`); the drawing stays behind it. */
  notice(text, kind = 'empty') {
    replace(this.overlay, h('div', { class: `canvas-notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null, text));
    this.overlay.hidden = false;
  }

  clearNotice() {
    this.overlay.hidden = true;
    this.overlay.replaceChildren();
  }

  /** Puts a loading note over the canvas. */
  busy(text) {
    if (this.cy) this.notice(text, 'loading');
  }

  describe(text) {
    replace(this.caption, text);
    const count = this.cy ? `${this.cy.nodes().length} nodes, ${this.cy.edges().length} edges` : '';
    this.container.setAttribute('aria-label', `Graph canvas: ${text}${count ? ` (${count})` : ''}`);
  }

  counts(truncated) {
    const nodes = this.cy.nodes().length;
    const edges = this.cy.edges().length;
    return `${nodes} node${nodes === 1 ? '' : 's'} · ${edges} edge${edges === 1 ? '' : 's'}${truncated ? ' · limited' : ''}`;
  }

  /** Replaces the drawing with a neighbourhood; `seeds` get a ring. */
  draw(subgraph, { seeds = [], title }) {
    if (!this.cy) return;
    this.mode = 'neighbourhood';
    this.hideCard();
    this.clearNotice();
    const seedSet = new Set(seeds);
    if (subgraph.nodes.length && !subgraph.nodes.some((node) => seedSet.has(node.ref))) seedSet.add(subgraph.nodes[0].ref);
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(subgraph.nodes.map((node) => nodeElement(node)));
      cy.add(this.freshEdges(subgraph.edges));
      cy.nodes().forEach((node) => {
        if (seedSet.has(node.id())) node.addClass('seed expanded');
      });
      this.quieten();
    });
    this.title = title;
    this.truncated = subgraph.truncated;
    if (cy.nodes().length === 0) {
      this.describe(title);
      this.notice('Nothing to draw here yet.');
      return;
    }
    this.layout(true);
    this.describe(`${title} · ${this.counts(subgraph.truncated)}`);
  }

  /** Adds a node's neighbourhood to the drawing, placing the new nodes around it. Answers how many were added. */
  merge(subgraph, aroundId) {
    if (!this.cy) return 0;
    const cy = this.cy;
    const around = cy.getElementById(aroundId);
    const origin = around.nonempty() ? around.position() : { x: 0, y: 0 };
    const room = MAX_NODES - cy.nodes().length;
    const fresh = subgraph.nodes.filter((node) => cy.getElementById(node.ref).empty()).slice(0, Math.max(0, room));
    cy.batch(() => {
      fresh.forEach((node, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
        const element = nodeElement(node);
        element.position = { x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) };
        cy.add(element);
      });
      cy.add(this.freshEdges(subgraph.edges));
      around.addClass('expanded');
      this.quieten();
    });
    if (fresh.length) this.layout(false);
    this.describe(`${this.title} · ${this.counts(this.truncated || subgraph.nodes.length > fresh.length + 1)}`);
    return fresh.length;
  }

  /** Whether the canvas has room for more nodes. */
  full() {
    return this.cy ? this.cy.nodes().length >= MAX_NODES : false;
  }

  freshEdges(edges) {
    const seen = new Set();
    const result = [];
    for (const edge of edges) {
      const element = edgeElement(edge);
      if (seen.has(element.data.id) || this.cy.getElementById(element.data.id).nonempty()) continue;
      if (this.cy.getElementById(edge.source).empty() || this.cy.getElementById(edge.target).empty()) continue;
      seen.add(element.data.id);
      result.push(element);
    }
    return result;
  }

  /** Keeps the labels of minor nodes out of a crowded drawing; they show on hover and when selected. */
  quieten() {
    const crowded = this.cy.nodes().length > 60;
    this.cy.nodes().forEach((node) => {
      const kind = node.data('kind');
      const minor = kind === 'KEYWORD' ? node.data('weight') < (crowded ? 0.75 : 0.45)
        : kind === 'AUTHOR' ? crowded && node.data('weight') < 0.5 : false;
      node.toggleClass('quiet', minor);
    });
  }

  layout(randomize) {
    this.run(coseLayout(this.cy.nodes().length, { randomize, animate: !randomize }));
  }

  /** Draws a path between two nodes from left to right, each hop labelled with its relation. */
  drawPath(path, title) {
    if (!this.cy) return;
    this.mode = 'path';
    this.hideCard();
    this.clearNotice();
    const cy = this.cy;
    const nodes = [path.hops[0].from, ...path.hops.map((hop) => hop.to)];
    const spacing = 190;
    cy.batch(() => {
      cy.elements().remove();
      nodes.forEach((node, i) => {
        const element = nodeElement(node);
        element.data.label = node.kind === 'PAPER' ? shorten(node.label, 70) : node.label;
        element.data.size = 40;
        element.position = { x: i * spacing, y: i % 2 === 0 ? 0 : 70 };
        element.classes = 'on-path' + (i === 0 || i === nodes.length - 1 ? ' seed' : '');
        cy.add(element);
      });
      path.hops.forEach((hop) => {
        const element = edgeElement({ source: hop.from.ref, target: hop.to.ref, relation: hop.relation, weight: 1 });
        element.classes = 'on-path';
        if (cy.getElementById(element.data.id).empty()) cy.add(element);
      });
    });
    this.run({ name: 'preset', fit: true, padding: 90 });
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
    this.title = title;
    this.truncated = false;
    this.describe(`${title} · ${path.length} hop${path.length === 1 ? '' : 's'}`);
  }

  /** Draws clusters as nodes sized by their paper count, linked by how strongly they connect. */
  drawClusters(clusters) {
    if (!this.cy) return;
    this.mode = 'clusters';
    this.hideCard();
    this.clearNotice();
    const cy = this.cy;
    const largest = Math.max(1, ...clusters.map((cluster) => cluster.size));
    const known = new Set(clusters.map((cluster) => cluster.id));
    const strongest = Math.max(1e-9, ...clusters.flatMap((cluster) => cluster.neighbours.map((link) => link.weight)));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(clusters.map((cluster) => nodeElement({
        ref: cluster.id,
        kind: 'CLUSTER',
        label: `${cluster.label} (${cluster.size})`,
        weight: cluster.size / largest,
      })));
      const links = [];
      for (const cluster of clusters) {
        for (const link of cluster.neighbours) {
          if (!known.has(link.cluster.id)) continue;
          links.push({ source: cluster.id, target: link.cluster.id, relation: 'IN_CLUSTER', weight: link.weight / strongest });
        }
      }
      cy.add(this.freshEdges(links));
      cy.nodes().addClass('cluster-node');
      cy.edges().addClass('cluster-link');
    });
    this.title = 'Cluster map';
    this.truncated = false;
    const count = cy.nodes().length;
    this.run(count > 12 ? { ...coseLayout(count), idealEdgeLength: () => 120, nodeRepulsion: () => 60000 }
      : { name: 'circle', fit: true, padding: 80, avoidOverlap: true });
    this.describe(`Cluster map · ${count} cluster${count === 1 ? '' : 's'} · click one to list its papers`);
  }

  /** Empties the canvas and says why. */
  blank(text, kind = 'empty') {
    if (this.cy) this.cy.elements().remove();
    this.mode = 'empty';
    this.hideCard();
    this.describe('');
    this.notice(text, kind);
  }

  select(id) {
    if (!this.cy) return;
    this.cy.$(':selected').unselect();
    const node = this.cy.getElementById(id);
    if (node.nonempty()) node.select();
  }

  fit() {
    this.cy?.animate({ fit: { eles: this.cy.elements(), padding: 36 }, duration: 250 });
  }

  relayout() {
    if (!this.cy || this.cy.nodes().length === 0) return;
    if (this.mode === 'path') this.run({ name: 'preset', fit: true, padding: 90 });
    else this.layout(true);
  }

  showCard(node) {
    const kind = node.data('kind');
    const look = KINDS[kind];
    const open = { PAPER: 'Open paper', TOPIC: 'Open topic', CLUSTER: 'Open cluster' }[kind];
    replace(this.card,
      h('p', { class: 'card-kind' }, h('span', { class: 'dot', style: `background:${look.color}` }), look.name),
      h('p', { class: 'card-title' }, node.data('fullLabel')),
      h('p', { class: 'card-meta' }, `${node.degree()} link${node.degree() === 1 ? '' : 's'} on the canvas`),
      h('div', { class: 'card-actions' },
        open ? h('button', { type: 'button', class: 'button small primary', onclick: () => this.onOpen?.({ id: node.id(), kind }) }, open) : null,
        h('button', { type: 'button', class: 'button small', onclick: () => this.hideCard(), 'aria-label': 'Close node details' }, 'Close')));
    this.card.hidden = false;
  }

  /** Tells the card what expanding the node did. */
  expanded(id, text) {
    if (this.card.hidden) return;
    const meta = this.card.querySelector('.card-meta');
    const node = this.cy.getElementById(id);
    if (meta && node.nonempty()) meta.textContent = `${node.degree()} link${node.degree() === 1 ? '' : 's'} on the canvas · ${text}`;
  }

  hideCard() {
    this.card.hidden = true;
    this.card.replaceChildren();
  }
}
