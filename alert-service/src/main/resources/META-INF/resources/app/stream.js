// A subscription's alerts as Server-Sent Events, read with fetch() (EventSource cannot send the Authorization
// header): replays from a cursor, then live; a lost connection reconnects with Last-Event-ID, so nothing is missed
// and nothing repeats.

import { authorization, retryDelay, sleep, unauthorized } from './api.js';

const FIRST_RETRY = 1000;
const LAST_RETRY = 15000;

export class AlertStream {

  /**
   * @param subscriptionId the subscription to watch
   * @param after the cursor to replay from (the page's start-of-stream cursor replays every alert)
   * @param onAlert called with each alert (JSON) in order
   * @param onState called with 'connecting', 'live', 'reconnecting', 'waiting' or 'gone' (the subscription was
   *   deleted, elsewhere: its stream ended and is not reopened)
   */
  constructor({ subscriptionId, after, onAlert, onState }) {
    this.subscriptionId = subscriptionId;
    this.after = after;
    this.onAlert = onAlert;
    this.onState = onState;
    this.lastEventId = null;
    this.controller = new AbortController();
  }

  start() {
    this.run().catch(() => {});
    return this;
  }

  stop() {
    this.controller.abort();
  }

  async run() {
    const signal = this.controller.signal;
    let retry = FIRST_RETRY;
    this.onState('connecting');
    while (!signal.aborted) {
      try {
        const response = await fetch(this.url(), { headers: this.headers(), signal, cache: 'no-store', credentials: 'omit' });
        if (response.status === 401) {
          unauthorized();
          return;
        }
        if (response.status === 404) {
          this.onState('gone');
          return;
        }
        if (response.status === 429) {
          this.onState('waiting');
          await sleep(retryDelay(response), signal);
          continue;
        }
        if (!response.ok || !response.body) {
          throw new Error(`HTTP ${response.status}`);
        }
        this.onState('live');
        retry = FIRST_RETRY;
        await this.read(response.body);
      } catch {
        if (signal.aborted) {
          return;
        }
      }
      this.onState('reconnecting');
      await sleep(retry, signal);
      retry = Math.min(retry * 2, LAST_RETRY);
    }
  }

  url() {
    const url = `/alerts/stream?subscriptionId=${encodeURIComponent(this.subscriptionId)}`;
    return this.lastEventId ? url : `${url}&after=${encodeURIComponent(this.after)}`;
  }

  headers() {
    return authorization(this.lastEventId ? { Accept: 'text/event-stream', 'Last-Event-ID': this.lastEventId }
      : { Accept: 'text/event-stream' });
  }

  /** Parses the event stream (fields id, event, data; comment lines ignored) until the server ends it. */
  async read(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = { type: 'message', data: [], id: null };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, end).replace(/\r$/, '');
        buffer = buffer.slice(end + 1);
        if (line === '') {
          this.dispatch(event);
          event = { type: 'message', data: [], id: null };
        } else if (!line.startsWith(':')) {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') {
            event.data.push(text);
          } else if (field === 'event') {
            event.type = text;
          } else if (field === 'id') {
            event.id = text;
          }
        }
      }
    }
  }

  dispatch(event) {
    if (event.id !== null) {
      this.lastEventId = event.id;
    }
    if (event.type === 'alert' && event.data.length) {
      this.onAlert(JSON.parse(event.data.join('\n')));
    }
  }
}
