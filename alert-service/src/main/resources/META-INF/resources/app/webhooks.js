// The webhooks section: endpoints with their recent deliveries. A server without webhooks (404) shows a note.

import { call, problems } from './api.js';
import { byId, el, time } from './dom.js';

const DELIVERIES = 10;

export async function load() {
  const answer = await call('GET', '/webhooks');
  const available = answer.status !== 404 && answer.status !== 405;
  byId('webhooks-unavailable').hidden = available;
  byId('webhooks-body').hidden = !available;
  if (!answer.ok) {
    return;
  }
  const hooks = Array.isArray(answer.body) ? answer.body : answer.body?.items ?? [];
  const cards = await Promise.all(hooks.map(async hook => card(hook, await deliveries(hook.id))));
  byId('webhook-list').replaceChildren(...cards);
}

async function deliveries(id) {
  const answer = await call('GET', `/webhooks/${encodeURIComponent(id)}/deliveries?limit=${DELIVERIES}&order=newest`);
  if (!answer.ok) {
    return [];
  }
  return Array.isArray(answer.body) ? answer.body : answer.body?.items ?? [];
}

function card(hook, attempts) {
  return el('li', { class: 'card' },
    el('h3', {}, hook.description || hook.url),
    el('div', { class: 'facts mono' }, hook.url),
    el('div', { class: 'facts' }, `${hook.delivery ?? 'realtime'} · `,
      hook.disabled ? `disabled: ${hook.disabled.reason}` : 'active'),
    attempts.length ? el('ol', { class: 'deliveries', 'aria-label': 'Recent deliveries' }, attempts.map(attempt =>
      el('li', {}, time(attempt.at), ` · attempt ${attempt.attempt} · `,
        attempt.status ? `HTTP ${attempt.status}` : attempt.error ?? 'no answer', ` · ${attempt.durationMs} ms`)))
      : el('p', { class: 'hint' }, 'No deliveries yet.'),
    el('div', { class: 'actions' }, deleteButton(hook)));
}

function deleteButton(hook) {
  const button = el('button', { type: 'button', class: 'danger' }, 'Delete');
  button.addEventListener('click', async () => {
    if (confirm(`Delete the webhook ${hook.url}?`)) {
      await call('DELETE', `/webhooks/${encodeURIComponent(hook.id)}`);
      await load();
    }
  });
  return button;
}

export function bind() {
  byId('webhook-form').addEventListener('submit', async submitted => {
    submitted.preventDefault();
    const form = submitted.target;
    const request = { url: form.url.value.trim(), delivery: form.delivery.value };
    if (form.description.value.trim()) {
      request.description = form.description.value.trim();
    }
    const answer = await call('POST', '/webhooks', request);
    const errors = byId('webhook-errors');
    if (!answer.ok) {
      errors.replaceChildren(...problems(answer).map(error => el('li', {}, fieldName(error.field), error.message)));
      return;
    }
    errors.replaceChildren();
    form.reset();
    byId('webhook-secret-value').textContent = answer.body.secret ?? '';
    byId('webhook-secret').hidden = !answer.body.secret;
    await load();
  });
}

function fieldName(field) {
  return field && field !== '$' ? `${field}: ` : '';
}

export function clear() {
  byId('webhook-list').replaceChildren();
  byId('webhook-errors').replaceChildren();
  byId('webhook-secret').hidden = true;
  byId('webhook-secret-value').textContent = '';
}
