// The alerts panel: the selected subscription's alerts, replayed then live over the stream, newest first, each
// linking to its article with the story's other copies (alsoIn) folded under it.

import { AlertStream } from './stream.js';
import { byId, el, highlighted, time } from './dom.js';

const SHOWN = 200;
const STATES = {
  connecting: 'connecting…',
  live: 'live',
  reconnecting: 'reconnecting…',
  waiting: 'waiting (too many requests)…',
  gone: 'this subscription was deleted',
};

let stream = null;

/** An alert or preview match as a list item: the article link, when, the snippet with its matched terms marked. */
export function eventItem(event) {
  const alsoIn = event.alsoIn ?? [];
  return el('li', { class: 'item', 'data-event-id': event.eventId },
    el('a', { class: 'title', href: event.url, target: '_blank', rel: 'noopener noreferrer' }, event.title || event.url),
    el('div', { class: 'meta' }, meta(event)),
    el('p', { class: 'snippet' }, highlighted(event.snippet, event.matchedTerms)),
    alsoIn.length ? el('details', { class: 'also-in' },
      el('summary', {}, `Also in ${alsoIn.length} more ${alsoIn.length === 1 ? 'article' : 'articles'}`),
      el('ul', {}, alsoIn.map(copy => el('li', {},
        el('a', { href: copy.url, target: '_blank', rel: 'noopener noreferrer' }, copy.source || copy.url))))) : null);
}

/** Kind and times of an event, separated by dots. */
function meta(event) {
  const parts = [];
  if (event.eventType === 'job-posting') {
    parts.push(['Job posting']);
  }
  if (event.publishedAt) {
    parts.push(['published ', time(event.publishedAt)]);
  }
  if (event.matchedAt) {
    parts.push(['alerted ', time(event.matchedAt)]);
  }
  return parts.flatMap((part, index) => index ? [' · ', ...part] : part);
}

/** Watches one subscription (stopping the previous stream), from its first alert on. */
export function watch(subscription, streamStart) {
  stop();
  const list = byId('alert-list');
  list.replaceChildren();
  byId('live-subscription').textContent = `Alerts of “${subscription.name || subscription.query}”, newest first.`;
  const state = byId('stream-state');
  stream = new AlertStream({
    subscriptionId: subscription.id,
    after: streamStart,
    onAlert: alert => {
      list.prepend(eventItem(alert));
      while (list.children.length > SHOWN) {
        list.lastElementChild.remove();
      }
    },
    onState: name => {
      state.dataset.state = name;
      state.textContent = STATES[name];
    },
  }).start();
}

export function stop() {
  stream?.stop();
  stream = null;
  const state = byId('stream-state');
  state.textContent = '';
  delete state.dataset.state;
}

/** Back to the empty panel (sign-out, or the watched subscription deleted). */
export function clear() {
  stop();
  byId('alert-list').replaceChildren();
  byId('live-subscription').textContent = 'Select a subscription to watch its alerts arrive.';
}
