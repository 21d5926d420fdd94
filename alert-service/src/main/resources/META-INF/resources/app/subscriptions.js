// Subscriptions: the list (name, query, filters, alert count and last alert, Atom feed URL), and the editor, whose
// query is checked as it is typed (the API's 400 marks the position) and previewed against recent events.

import { all, call, problems } from './api.js';
import { byId, debounce, el, markedQuery, time } from './dom.js';
import { eventItem } from './alerts.js';

const CHECK_DELAY = 350;

let subscriptions = [];
let editing = null;
let checks = 0;
let onSelect = () => {};

/** Loads the caller's subscriptions and shows them; answers them. */
export async function load() {
  const answer = await all('/subscriptions');
  subscriptions = answer.ok ? answer.body : [];
  render();
  return subscriptions;
}

export function find(id) {
  return subscriptions.find(subscription => subscription.id === id);
}

/** Marks the watched subscription in the list. */
export function mark(id) {
  for (const card of byId('subscription-list').children) {
    card.setAttribute('aria-current', String(card.dataset.id === id));
  }
}

function render() {
  byId('no-subscriptions').hidden = subscriptions.length > 0;
  byId('subscription-list').replaceChildren(...subscriptions.map(card));
}

function filters(subscription) {
  const parts = [subscription.types?.length ? subscription.types.join(', ') : 'articles and job postings'];
  if (subscription.minSalary) {
    parts.push(`salary ≥ ${subscription.minSalary.amount} ${subscription.minSalary.currency}`);
  }
  if (subscription.language) {
    parts.push(`language ${subscription.language}`);
  }
  parts.push(subscription.collapse === 'none' ? 'every copy of a story' : 'one alert per story');
  return parts.join(' · ');
}

function feedUrl(subscription) {
  return `${location.origin}/subscriptions/${encodeURIComponent(subscription.id)}/feed.atom?token=${
    encodeURIComponent(subscription.feedToken)}`;
}

function card(subscription) {
  const stats = subscription.alerts ?? { count: 0, lastAt: null };
  const feedId = `feed-${subscription.id}`;
  const feed = el('input', { id: feedId, class: 'mono', readonly: true, value: feedUrl(subscription) });
  return el('li', { class: 'card', 'data-id': subscription.id },
    el('h3', {}, subscription.name || subscription.query),
    el('code', { class: 'query' }, subscription.query),
    el('div', { class: 'facts' }, filters(subscription)),
    el('div', { class: 'facts alert-stats' }, `${stats.count} ${stats.count === 1 ? 'alert' : 'alerts'} · last `,
      time(stats.lastAt)),
    el('label', { for: feedId, class: 'hint' }, 'Atom feed URL (for feed readers; anyone with it can read the feed)'),
    el('div', { class: 'feed' }, feed, button('Copy', 'secondary', () => copy(feed))),
    el('div', { class: 'actions' },
      button('Show alerts', '', () => onSelect(subscription)),
      button('Edit', 'secondary', () => edit(subscription)),
      button('Delete', 'danger', () => remove(subscription))));
}

function button(label, kind, action) {
  const element = el('button', { type: 'button', class: kind || null }, label);
  element.addEventListener('click', action);
  return element;
}

async function copy(input) {
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    byId('status').textContent = 'Feed URL copied.';
  } catch {
    byId('status').textContent = 'Press Ctrl+C (or ⌘C) to copy the selected feed URL.';
  }
}

async function remove(subscription) {
  if (!confirm(`Delete the subscription “${subscription.name || subscription.query}” and its alerts?`)) {
    return;
  }
  await call('DELETE', `/subscriptions/${encodeURIComponent(subscription.id)}`);
  await load();
  onSelect(null);
}

/** Opens the editor: a new subscription, or the given one. */
function edit(subscription) {
  editing = subscription;
  const form = byId('subscription-form');
  form.reset();
  byId('editor-title').textContent = subscription ? 'Edit subscription' : 'New subscription';
  if (subscription) {
    form.name.value = subscription.name ?? '';
    form.query.value = subscription.query;
    for (const box of form.querySelectorAll('input[name="types"]')) {
      box.checked = subscription.types.includes(box.value);
    }
    form.salary.value = subscription.minSalary?.amount ?? '';
    form.currency.value = subscription.minSalary?.currency ?? '';
    form.language.value = subscription.language ?? '';
    form.collapse.value = subscription.collapse;
  }
  showErrors([]);
  byId('preview-list').replaceChildren();
  byId('preview-summary').textContent = 'Type a query to see what it would have matched recently.';
  byId('editor').hidden = false;
  form.query.focus();
  if (subscription) {
    check();
  }
}

function close() {
  editing = null;
  checks++;
  byId('editor').hidden = true;
}

function request() {
  const form = byId('subscription-form');
  const body = { query: form.query.value, collapse: form.collapse.value };
  const types = [...form.querySelectorAll('input[name="types"]:checked')].map(box => box.value);
  if (form.name.value.trim()) {
    body.name = form.name.value.trim();
  }
  if (types.length) {
    body.types = types;
  }
  if (form.salary.value.trim() || form.currency.value.trim()) {
    body.minSalary = { amount: Number(form.salary.value.trim()), currency: form.currency.value.trim().toUpperCase() };
  }
  if (form.language.value.trim()) {
    body.language = form.language.value.trim();
  }
  return body;
}

const INPUTS = { query: 'f-query', name: 'f-name', language: 'f-language', collapse: 'f-collapse',
  minSalary: 'f-salary', 'minSalary.amount': 'f-salary', 'minSalary.currency': 'f-currency' };

/** Shows a problem's field errors: the query's with its position marked, the others listed. */
function showErrors(errors) {
  const form = byId('subscription-form');
  for (const input of form.querySelectorAll('input, textarea, select')) {
    input.removeAttribute('aria-invalid');
  }
  const queryError = errors.find(error => error.field === 'query');
  byId('query-check').hidden = !queryError;
  byId('query-error').textContent = queryError ? queryError.message : '';
  byId('query-marked').replaceChildren(queryError && Number.isInteger(queryError.position)
    ? markedQuery(form.query.value, queryError.position) : '');
  const others = errors.filter(error => error !== queryError);
  byId('form-errors').replaceChildren(...others.map(error =>
    el('li', {}, error.field && error.field !== '$' ? `${error.field.replace(/^types\[\d+\]$/, 'types')}: ` : '',
      error.message)));
  for (const error of errors) {
    byId(INPUTS[error.field.replace(/\[\d+\]$/, '')] ?? '')?.setAttribute('aria-invalid', 'true');
  }
}

/** Checks the query as typed and previews it: the preview call validates the whole request like a save would. */
async function check() {
  const ticket = ++checks;
  const body = request();
  if (!body.query.trim()) {
    showErrors([]);
    byId('preview-list').replaceChildren();
    byId('preview-summary').textContent = 'Type a query to see what it would have matched recently.';
    return;
  }
  const answer = await call('POST', '/subscriptions/preview', body);
  if (ticket !== checks) {
    return;
  }
  if (!answer.ok) {
    showErrors(problems(answer));
    byId('preview-list').replaceChildren();
    byId('preview-summary').textContent = 'Fix the query to see a preview.';
    return;
  }
  showErrors([]);
  const items = answer.body.items;
  byId('preview-summary').textContent = `${items.length} of the last ${answer.body.eventsSearched} events seen would have matched.`;
  byId('preview-list').replaceChildren(...items.map(eventItem));
}

async function save(submitted) {
  submitted.preventDefault();
  checks++;
  const body = request();
  const answer = editing
    ? await call('PUT', `/subscriptions/${encodeURIComponent(editing.id)}`, body)
    : await call('POST', '/subscriptions', body);
  if (!answer.ok) {
    showErrors(problems(answer));
    return;
  }
  close();
  await load();
  byId('status').textContent = `Saved “${answer.body.name || answer.body.query}”.`;
  onSelect(find(answer.body.id) ?? answer.body);
}

/** Wires the list and the editor; select is called with the subscription to watch (null: none). */
export function bind(select) {
  onSelect = select;
  const form = byId('subscription-form');
  const later = debounce(check, CHECK_DELAY);
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('submit', save);
  byId('new-subscription').addEventListener('click', () => edit(null));
  byId('cancel').addEventListener('click', close);
}

export function clear() {
  subscriptions = [];
  close();
  byId('subscription-form').reset();
  byId('preview-list').replaceChildren();
  render();
}

