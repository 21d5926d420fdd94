// The API as the page calls it: the subscriber's key (sessionStorage only) as a bearer token; a 401 signs out,
// a 429 waits for its Retry-After and tries again.

const KEY = 'newsalerts.apiKey';
const MAX_WAITS = 5;

export const session = {
  key: () => sessionStorage.getItem(KEY),
  signIn: key => sessionStorage.setItem(KEY, key),
  signOut: () => sessionStorage.clear(),
};

/** Thrown after a 401: the key was refused, the page has gone back to sign-in. */
export class Unauthorized extends Error {}

const handlers = { unauthorized: () => {}, waiting: () => {} };

/** What the page does when the key is refused, and while it waits out a 429. */
export function onUnauthorized(handler) { handlers.unauthorized = handler; }
export function onWaiting(handler) { handlers.waiting = handler; }
export function unauthorized() { handlers.unauthorized(); }

/** The delay a 429 asks for (Retry-After in seconds; 1 s when absent). */
export function retryDelay(response) {
  const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : 1) * 1000;
}

/** Resolves after ms, or rejects at once when the signal aborts. */
export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}

export function authorization(extra = {}) {
  return { Authorization: `Bearer ${session.key()}`, ...extra };
}

/** Calls the API: {status, ok, body} with the JSON body (a problem document on errors), or throws Unauthorized. */
export async function call(method, path, body) {
  for (let waits = 0; ; waits++) {
    const response = await fetch(path, {
      method,
      headers: authorization(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.status === 429 && waits < MAX_WAITS) {
      const delay = retryDelay(response);
      handlers.waiting(delay);
      await sleep(delay);
      continue;
    }
    if (response.status === 401) {
      unauthorized();
      throw new Unauthorized();
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: response.status, ok: response.ok, body: json };
  }
}

/** Every item of a paged list ({items, next}), following the cursors. */
export async function all(path) {
  const items = [];
  let after = '';
  do {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await call('GET', `${path}${separator}limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    if (!answer.ok) {
      return answer;
    }
    items.push(...(Array.isArray(answer.body) ? answer.body : answer.body.items));
    after = Array.isArray(answer.body) ? null : answer.body.next;
  } while (after);
  return { status: 200, ok: true, body: items };
}

/** The field errors of a problem document, or one error for the whole request. */
export function problems(answer) {
  const errors = answer.body?.errors;
  if (Array.isArray(errors) && errors.length) {
    return errors;
  }
  return [{ field: '$', message: answer.body?.detail ?? answer.body?.title ?? `HTTP ${answer.status}` }];
}
