// The page: sign-in with the API key (sessionStorage only), then subscriptions, alerts and webhooks, all read
// through the API with that key. Without a key only the sign-in form shows.

import { Unauthorized, onUnauthorized, onWaiting, session } from './api.js';
import { byId } from './dom.js';
import * as alerts from './alerts.js';
import * as subscriptions from './subscriptions.js';
import * as webhooks from './webhooks.js';

const SELECTED = 'newsalerts.selected';
const streamStart = document.body.dataset.streamStart;

function status(text) {
  byId('status').textContent = text;
}

/** Forgets the key and every piece of data shown, back to the sign-in form. */
function signOut(message = '') {
  session.signOut();
  alerts.clear();
  subscriptions.clear();
  webhooks.clear();
  byId('app').hidden = true;
  byId('sign-out').hidden = true;
  byId('sign-in').hidden = false;
  byId('sign-in-error').textContent = message;
  status('');
  byId('api-key').value = '';
  byId('api-key').focus();
}

function select(subscription) {
  if (!subscription) {
    sessionStorage.removeItem(SELECTED);
    alerts.clear();
    subscriptions.mark(null);
    return;
  }
  sessionStorage.setItem(SELECTED, subscription.id);
  subscriptions.mark(subscription.id);
  alerts.watch(subscription, streamStart);
}

async function open() {
  byId('sign-in').hidden = true;
  byId('app').hidden = false;
  byId('sign-out').hidden = false;
  status('Loading…');
  try {
    const loaded = await subscriptions.load();
    status('Signed in.');
    select(subscriptions.find(sessionStorage.getItem(SELECTED)) ?? loaded[0] ?? null);
    await webhooks.load();
  } catch (error) {
    if (!(error instanceof Unauthorized)) {
      status(`Something went wrong: ${error.message}`);
    }
  }
}

onUnauthorized(() => signOut('Your API key was not accepted: it is wrong, expired or revoked. Sign in again.'));
onWaiting(delay => status(`Too many requests: trying again in ${Math.ceil(delay / 1000)} s…`));

byId('sign-in-form').addEventListener('submit', async submitted => {
  submitted.preventDefault();
  const key = byId('api-key').value.trim();
  if (!key) {
    byId('sign-in-error').textContent = 'Enter your API key.';
    return;
  }
  session.signIn(key);
  byId('api-key').value = '';
  byId('sign-in-error').textContent = '';
  await open();
});
byId('sign-out').addEventListener('click', () => signOut('Signed out.'));
subscriptions.bind(select);
webhooks.bind();

if (session.key()) {
  open();
} else {
  byId('api-key').focus();
}
