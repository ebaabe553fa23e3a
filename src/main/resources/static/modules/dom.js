// Building the page from data, safely: every value from the API becomes text, never markup.

/**
 * Creates an element. `attrs` sets attributes (`class`, `aria-*`, `data-*`, ...), `on*` functions become listeners,
 * and children are nodes or strings (strings become text nodes). Falsy children are skipped. Links to addresses from
 * the data go through `externalLink`, which keeps only http and https.
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** An external web address safe to link to (http or https only), else null. */
export function safeUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value, window.location.origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link that leaves the explorer, or plain text when the address is not a web address. */
export function externalLink(value, text, attrs = {}) {
  const url = safeUrl(value);
  if (!url) return h('span', attrs, text ?? value ?? '');
  return h('a', { ...attrs, href: url, rel: 'noopener noreferrer', target: '_blank' }, text ?? url);
}

/** A hash link inside the explorer. */
export function route(...parts) {
  return '#/' + parts.map((part) => encodeURIComponent(part)).join('/');
}

/** A section with a heading. */
export function section(title, ...children) {
  return h('section', { class: 'block' }, h('h2', {}, title), ...children);
}

/** A note that something is loading, announced politely. */
export function loading(text) {
  return h('p', { class: 'state loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** An error message, with an optional retry. */
export function failure(text, error, retry) {
  return h('div', { class: 'state error', role: 'alert' },
    h('p', { class: 'state-title' }, text),
    error?.message ? h('p', { class: 'state-detail' }, error.message) : null,
    retry ? h('button', { type: 'button', class: 'button small', onclick: retry }, 'Try again') : null);
}

/** A note that there is nothing to show. */
export function empty(text) {
  return h('p', { class: 'state empty' }, text);
}

const NUMBER = new Intl.NumberFormat('en');

/** A count for people: 1,234. */
export function count(value) {
  return value === null || value === undefined ? '–' : NUMBER.format(value);
}

/** A short text, cut at a word boundary with an ellipsis. */
export function shorten(text, max) {
  if (!text || text.length <= max) return text ?? '';
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** Words for a relationship type. */
export function relationWords(relation) {
  return {
    HAS_TOPIC: 'has topic',
    HAS_CODE: 'links code',
    AUTHORED: 'authored',
    SIMILAR_TO: 'similar to',
    IN_CLUSTER: 'in cluster',
    SUBTOPIC_OF: 'subtopic of',
    MENTIONS: 'mentions',
    HAS_KEYWORD: 'has keyword',
    SIGNALS: 'signals',
  }[relation] ?? String(relation).toLowerCase().replaceAll('_', ' ');
}

/** Words for a reason two papers are related. */
export function reasonWords(kind) {
  return {
    SHARED_TOPIC: 'Shared topic',
    SHARED_REPOSITORY: 'Shared repository',
    SHARED_AUTHOR: 'Shared author',
    SHARED_KEYWORD: 'Shared keyword',
    TEXT_SIMILARITY: 'Similar text',
    MENTIONS: 'Mention',
  }[kind] ?? String(kind);
}
