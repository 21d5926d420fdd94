// Small DOM helpers: elements are built from text only, never from HTML strings, so no data can inject markup.

/** An element with attributes (on* are not allowed) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return element;
}

export const byId = id => document.getElementById(id);

/** A time element showing the instant in the reader's locale. */
export function time(instant) {
  return instant ? el('time', { datetime: instant }, new Date(instant).toLocaleString()) : 'never';
}

/** The text with every word starting with a matched term marked (terms are the analyzed, lower-cased words). */
export function highlighted(text, terms) {
  const fragment = document.createDocumentFragment();
  const words = (terms ?? []).filter(Boolean).map(term => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  if (!text) {
    return fragment;
  }
  if (!words.length) {
    fragment.append(text);
    return fragment;
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index), el('mark', {}, match[0]));
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/** The query with the character at the error's position marked (a marked space when it is past the end). */
export function markedQuery(query, position) {
  const at = Math.max(0, Math.min(position, query.length));
  const fragment = document.createDocumentFragment();
  fragment.append(query.slice(0, at),
    el('mark', { class: 'error-at', 'data-position': at }, at < query.length ? query[at] : ' '),
    query.slice(at + 1));
  return fragment;
}

/** Calls fn once typing has paused for ms. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
