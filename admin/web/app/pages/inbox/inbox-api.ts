import { api } from '../../shell/api-client.ts';
import type { CloseOutcome, EmploymentType, HousingType } from '../../../../api/inbox/inbox-schemas.ts';

export {
  CLOSE_OUTCOMES, EMPLOYMENT_TYPES, HOUSING_TYPES, MAX_REPLY_LENGTH, type CloseOutcome, type EmploymentType, type HousingType,
} from '../../../../api/inbox/inbox-schemas.ts';

/**
 * The inbox API (admin/api/inbox) as the inbox page uses it: the shapes of
 * its answers and one function per route. Writes carry the CSRF token (the
 * app's API client); a 401 sends the browser to the sign-in page.
 */

/** A waiting or held conversation in the queue. */
export interface InboxItem {
  id: string;
  state: string;
  organizationId: string;
  organizationSlug?: string;
  language: string | null;
  channel: string;
  waitingSince: string | null;
  /** The kind of danger (acute, suicide, ...); null when not urgent. */
  urgent: string | null;
  assignee?: { id: string; name: string } | null;
  theme: string | null;
  lastQuestion: string | null;
  /** The last question in the worker's language, when a translation was at hand. */
  lastQuestionTranslation?: { text: string; language: string };
}

/** The open conversation's header. */
export interface ConversationView {
  id: string;
  state: string;
  organizationId: string;
  language: string | null;
  channel: string;
  waitingSince: string | null;
  urgent: string | null;
  assignedWorkerId: string | null;
}

/** One line of a transcript: a message, an internal note or a status change. */
export interface TranscriptEntry {
  id: string;
  kind: 'message' | 'note' | 'event' | string;
  at: string;
  author: string;
  role?: string;
  text: string;
  language?: string | null;
  translation?: { text: string; language: string; warning?: string };
  deliveryStatus?: string;
  deliveryError?: string | null;
  type?: string;
}

/** What the person would receive (`status`: translated, same_language, unavailable). */
export interface Preview {
  text: string;
  status: 'translated' | 'same_language' | 'unavailable' | string;
  language: string;
  warning?: string;
}

export interface CannedReply {
  id: string;
  organizationId: string;
  title: string;
  text: string;
  language: string;
}

export interface Colleague {
  id: string;
  name: string;
  languages: string[];
  organizationIds: string[];
}

/** What a worker records when closing, beside the outcome (each optional). */
export interface CloseDetails {
  agency?: string;
  employmentType?: EmploymentType;
  housingType?: HousingType;
}

/** The close form's choices for one conversation: its municipality's referral agencies. */
export interface CloseOptions {
  outcomes: string[];
  agencies: string[];
  employmentTypes: string[];
  housingTypes: string[];
}

/** A channel that is not connected (GET /api/channels/status). */
export interface ChannelState {
  channel: string;
  transport?: string;
  state: string;
  reason?: string;
}

const BASE = '/api/inbox';
const conversation = (id: string) => `${BASE}/conversations/${encodeURIComponent(id)}`;

/** The inbox endpoints. */
export const inboxApi = {
  list: () => api.get<{ items: InboxItem[] }>(`${BASE}/conversations`),
  transcript: (id: string) => api.get<{ conversation: ConversationView; entries: TranscriptEntry[] }>(conversation(id)),
  claim: (id: string) => api.post<unknown>(`${conversation(id)}/claim`),
  release: (id: string) => api.post<unknown>(`${conversation(id)}/release`),
  assign: (id: string, userId: string) => api.post<unknown>(`${conversation(id)}/assign`, { userId }),
  preview: (id: string, text: string) => api.post<Preview>(`${conversation(id)}/preview`, { text }),
  reply: (id: string, text: string, untranslated: boolean) => api.post<{ messageId: string }>(`${conversation(id)}/reply`, { text, untranslated }),
  note: (id: string, text: string) => api.post<unknown>(`${conversation(id)}/note`, { text }),
  handBack: (id: string) => api.post<unknown>(`${conversation(id)}/hand-back`),
  close: (id: string, outcome: CloseOutcome, details: CloseDetails = {}) => api.post<unknown>(`${conversation(id)}/close`, { outcome, ...details }),
  closeOptions: (id: string) => api.get<CloseOptions>(`${conversation(id)}/close-options`),
  cannedReplies: () => api.get<{ items: CannedReply[] }>(`${BASE}/canned-replies`),
  colleagues: () => api.get<{ items: Colleague[] }>(`${BASE}/colleagues`),
  channels: () => api.get<{ channels: ChannelState[] }>('/api/channels/status'),
};

/** An inbox event as the stream sends it: ids and type only, never content. */
export interface InboxStreamEvent {
  type: string;
  conversationId?: string;
  organizationId?: string;
}

/**
 * Live inbox events (Server-Sent Events, `GET /api/inbox/events`, event
 * name `inbox`): `onEvent` for each, `onState(true|false)` when the stream
 * opens or breaks. EventSource reconnects by itself; when it gives up (the
 * server answered other than 200, e.g. 401 after the session ended) the
 * session is checked (a 401 there sends the browser to sign in) and the
 * stream is opened again after a pause. Returns a function that stops it.
 */
export function listenToInbox(onEvent: (event: InboxStreamEvent) => void, onState: (live: boolean) => void): () => void {
  let source: EventSource | undefined;
  let retry: number | undefined;
  let stopped = false;
  function open() {
    if (stopped) return;
    const stream = new EventSource(`${BASE}/events`);
    source = stream;
    stream.addEventListener('open', () => onState(true));
    stream.addEventListener('inbox', (event) => {
      try {
        onEvent(JSON.parse((event as MessageEvent<string>).data) as InboxStreamEvent);
      } catch {
        // Not an event this page understands.
      }
    });
    stream.addEventListener('error', () => {
      if (stopped) return;
      onState(false);
      if (stream.readyState !== EventSource.CLOSED) return;
      const again = () => { retry = window.setTimeout(open, 5000); };
      api.get('/api/auth/me').then(again, again);
    });
  }
  open();
  return () => {
    stopped = true;
    window.clearTimeout(retry);
    source?.close();
  };
}
