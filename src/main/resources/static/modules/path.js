// The path finder: pick two papers, see the shortest explained path between them, drawn on the canvas.

import { isAbort, queries } from './api.js';
import { empty, failure, h, loading, relationWords, route } from './dom.js';
import { KINDS } from './graph.js';

let pickerCount = 0;

/** A text box that suggests papers by title; `value()` answers the chosen paper's id. */
function paperPicker(ctx, label, initial) {
  const n = ++pickerCount;
  const listId = `picker-list-${n}`;
  const inputId = `picker-input-${n}`;
  let chosen = initial?.id ?? null;
  let options = [];
  let active = -1;
  let timer = null;
  let request = 0;
  const input = h('input', {
    id: inputId, type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
    'aria-controls': listId, placeholder: 'Type part of a title', autocomplete: 'off', spellcheck: 'false',
  });
  input.value = initial?.title ?? '';
  const list = h('ul', { id: listId, role: 'listbox', class: 'picker-list', 'aria-label': `${label}: suggestions`, hidden: true });

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (option) => {
    chosen = option.id;
    input.value = option.title;
    close();
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
  };
  const suggest = async () => {
    const text = input.value.trim();
    if (text.length < 2) {
      close();
      return;
    }
    const mine = ++request;
    try {
      const data = await ctx.query(queries.findPapers, { q: text });
      if (mine !== request) return;
      options = data.search.map((hit) => hit.paper);
      list.replaceChildren(...(options.length ? options.map((option, i) => h('li', {
        id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', class: 'picker-option',
        onmousedown: (event) => { event.preventDefault(); choose(option); },
      }, option.title)) : [h('li', { class: 'picker-none', role: 'presentation' }, 'No paper matches.')]));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    } catch (error) {
      if (isAbort(error) || mine !== request) return;
      options = [];
      list.replaceChildren(h('li', { class: 'picker-none', role: 'presentation' }, `Suggestions failed: ${error.message}`));
      list.hidden = false;
    }
  };
  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    timer = setTimeout(suggest, 220);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      highlight(Math.min(options.length - 1, active + 1));
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  return {
    element: h('div', { class: 'picker' }, h('label', { for: inputId }, label), input, list),
    value: () => chosen,
    input,
  };
}

function nodeLink(node) {
  const look = KINDS[node.kind] ?? KINDS.KEYWORD;
  const marker = h('span', { class: 'dot', 'aria-hidden': 'true' });
  marker.style.background = look.color;
  const href = node.kind === 'PAPER' ? route('paper', node.id)
    : node.kind === 'TOPIC' ? route('topic', node.id.replace(/^topic:/, '')) : null;
  return h('span', { class: 'hop-node' }, marker, h('span', { class: 'hop-kind' }, look.name),
    href ? h('a', { href }, node.label) : h('span', {}, node.label));
}

function explanation(path) {
  const items = [h('li', { class: 'hop-stop' }, nodeLink(path.hops[0].from))];
  for (const hop of path.hops) {
    items.push(h('li', { class: 'hop-link' }, h('span', {}, relationWords(hop.relation))));
    items.push(h('li', { class: 'hop-stop' }, nodeLink(hop.to)));
  }
  return h('ol', { class: 'hops', 'aria-label': 'The path, step by step' }, items);
}

async function title(ctx, id) {
  if (!id) return null;
  try {
    const { paper } = await ctx.query(queries.paperTitle, { id });
    return paper ? { id: paper.id, title: paper.title } : { id, title: id };
  } catch (error) {
    if (isAbort(error)) throw error;
    return { id, title: id };
  }
}

/** The path finder; with both ends in the address it finds and draws the path at once. */
export async function renderPath(ctx, fromId, toId, hopsText) {
  ctx.title('Path finder');
  const maxHops = Math.min(6, Math.max(1, Number.parseInt(hopsText ?? '4', 10) || 4));
  ctx.show(loading('Loading the path finder…'));
  const [from, to] = await Promise.all([title(ctx, fromId), title(ctx, toId)]);
  if (!ctx.live()) return;
  const fromPicker = paperPicker(ctx, 'From paper', from);
  const toPicker = paperPicker(ctx, 'To paper', to);
  const hops = h('select', { id: 'max-hops' }, [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === maxHops }, String(n))));
  const result = h('div', { class: 'path-result', 'aria-live': 'polite' });
  const problem = h('p', { class: 'form-problem', role: 'alert' });
  const form = h('form', { class: 'path-form', novalidate: true },
    fromPicker.element, toPicker.element,
    h('div', { class: 'form-row' },
      h('label', { for: 'max-hops' }, 'At most'), hops, h('span', {}, 'hops'),
      h('button', { type: 'submit', class: 'button primary' }, 'Find the path')),
    problem);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = fromPicker.value();
    const b = toPicker.value();
    if (!a || !b) {
      problem.textContent = 'Choose both papers from the suggestions first.';
      (a ? toPicker : fromPicker).input.focus();
      return;
    }
    problem.textContent = '';
    const target = route('path', a, b, hops.value);
    if (window.location.hash === target) renderPath(ctx, a, b, hops.value);
    else window.location.hash = target;
  });
  ctx.show(h('h1', { tabindex: '-1' }, 'Path finder'),
    h('p', { class: 'lead' }, 'How are two papers connected? Choose them, and the shortest path through shared topics, keywords, code and authors is explained here and drawn on the canvas.'),
    form, result);

  if (!fromId || !toId) {
    ctx.graph.blank('Choose two papers to see the path between them.');
    return;
  }
  ctx.title(`Path: ${from.title} → ${to.title}`);
  result.replaceChildren(loading('Finding the path…'));
  await ctx.graphReady;
  ctx.graph.busy('Finding the path…');
  try {
    const { path } = await ctx.query(queries.path, { from: fromId, to: toId, maxHops });
    if (!ctx.live()) return;
    if (!path) {
      result.replaceChildren(empty(`No path within ${maxHops} hop${maxHops === 1 ? '' : 's'}. Allow more hops, or pick other papers.`));
      ctx.graph.blank('No path to draw.');
      return;
    }
    if (path.length === 0) {
      result.replaceChildren(empty('Both ends are the same paper.'));
      ctx.graph.blank('Both ends are the same paper.');
      return;
    }
    result.replaceChildren(h('h2', {}, `${path.length} hop${path.length === 1 ? '' : 's'}`), explanation(path));
    ctx.graph.drawPath(path, 'Path');
  } catch (error) {
    if (isAbort(error)) return;
    result.replaceChildren(failure('The path could not be found.', error, () => renderPath(ctx, fromId, toId, hopsText)));
    ctx.graph.blank('No path to draw.', 'error');
  }
}
