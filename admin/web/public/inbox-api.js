/*
 * The inbox API as the page uses it (served as /inbox/staff-assets/inbox-api.js).
 * Every request goes through window.StaffSession.fetch (same-origin cookie,
 * CSRF header on POST). A 401 means the session ended: the page goes to the
 * sign-in page and comes back afterwards.
 */

/** An API answer that was not 2xx: `status` and the catalogue `code`. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || 'HTTP ' + status);
    this.status = status;
    this.code = code;
  }
}

const BASE = '/api/inbox';

function toLogin() {
  window.location.assign('/login?next=/inbox');
}

async function call(method, path, body) {
  const init = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await window.StaffSession.fetch(BASE + path, init);
  if (res.status === 401) {
    toLogin();
    throw new ApiError(401, 'AUTH_REQUIRED');
  }
  if (res.status === 204) return null;
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, data && data.code, data && data.message);
  return data;
}

const conversation = (id) => '/conversations/' + encodeURIComponent(id);

/** The inbox endpoints; each returns a promise of the JSON answer (null for 204). */
export const api = {
  list: () => call('GET', '/conversations'),
  transcript: (id) => call('GET', conversation(id)),
  claim: (id) => call('POST', conversation(id) + '/claim'),
  release: (id) => call('POST', conversation(id) + '/release'),
  assign: (id, userId) => call('POST', conversation(id) + '/assign', { userId }),
  preview: (id, text) => call('POST', conversation(id) + '/preview', { text }),
  reply: (id, text, untranslated) => call('POST', conversation(id) + '/reply', { text, untranslated: Boolean(untranslated) }),
  note: (id, text) => call('POST', conversation(id) + '/note', { text }),
  handBack: (id) => call('POST', conversation(id) + '/hand-back'),
  close: (id, outcome) => call('POST', conversation(id) + '/close', { outcome }),
  cannedReplies: () => call('GET', '/canned-replies'),
  colleagues: () => call('GET', '/colleagues'),
};

/**
 * Live inbox events: calls `onEvent({ type, conversationId })` for each,
 * `onState(true|false)` when the stream opens or breaks. EventSource
 * reconnects by itself; when it gives up (the server answered other than
 * 200, e.g. 401 after the session ended) the session is checked and the
 * stream opened again after a pause.
 */
export function listen(onEvent, onState) {
  let source;
  let retry;
  function open() {
    source = new EventSource(BASE + '/events');
    source.addEventListener('open', () => onState(true));
    source.addEventListener('inbox', (event) => {
      try {
        onEvent(JSON.parse(event.data));
      } catch (error) {
        /* not an event we understand */
      }
    });
    source.addEventListener('error', () => {
      onState(false);
      if (source.readyState !== EventSource.CLOSED) return;
      window.StaffSession.me().then((session) => {
        if (!session) toLogin();
        else retry = window.setTimeout(open, 5000);
      }, () => {
        retry = window.setTimeout(open, 5000);
      });
    });
  }
  open();
  return () => {
    window.clearTimeout(retry);
    source.close();
  };
}
