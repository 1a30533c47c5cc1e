import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Page } from '../../components/page.tsx';
import { ApiError } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { ACTION_IDS, ConversationActions, type RunAction } from './conversation-actions.tsx';
import { ConversationList, holderName } from './conversation-list.tsx';
import {
  inboxApi, listenToInbox, MAX_REPLY_LENGTH, type CannedReply, type ChannelState, type Colleague, type ConversationView, type InboxItem, type TranscriptEntry,
} from './inbox-api.ts';
import { useInboxFormat } from './inbox-format.ts';
import { NoteForm } from './note-form.tsx';
import { ReplyComposer } from './reply-composer.tsx';
import { Transcript } from './transcript.tsx';
import { UrgentBanner, useUrgentAlerts } from './urgent-alerts.tsx';
import './inbox.css';

/** How long events are gathered before the list reloads (a burst of events reloads once). */
const REFRESH_DELAY_MS = 150;

/** Channels that are not connected, as one line ("telegram: TELEGRAM_BOT_TOKEN is not set; whatsapp (cloud): QR"). */
function channelsOffLine(channels: readonly ChannelState[]): string {
  return channels
    .filter((c) => c.state !== 'connected' && c.state !== 'starting')
    .map((c) => `${c.channel}${c.transport ? ` (${c.transport})` : ''}: ${c.state === 'waiting_for_qr' ? 'QR' : c.reason || c.state}`)
    .join('; ');
}

/**
 * The outreach workers' inbox (`/app/inbox`; `/inbox` leads here): the
 * queue of waiting and held conversations with urgent ones first and a
 * banner and beep for them, the open conversation's transcript (originals
 * and translations both ways), claim / release / assign / hand back /
 * close with an outcome, the reply with its translation preview, canned
 * replies and internal notes. Live: the list and the open transcript
 * reload when the server's event stream (SSE) says something changed; a
 * slow poll is the safety net.
 */
export function InboxPage() {
  const f = useInboxFormat();
  const { t } = f;
  const { staff } = useSession();
  const me = staff.userId;
  const workerLanguage = staff.languages[0] || 'nl';

  const [items, setItems] = useState<InboxItem[]>([]);
  const [listLoaded, setListLoaded] = useState(false);
  const [forbidden, setForbidden] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [conversation, setConversation] = useState<ConversationView | null>(null);
  const [entries, setEntries] = useState<TranscriptEntry[]>([]);
  const [colleagues, setColleagues] = useState<Colleague[]>([]);
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const [channelsOff, setChannelsOff] = useState('');
  const [live, setLive] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  const openRef = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const transcript = useRef<HTMLOListElement>(null);
  /** Whether the transcript should scroll to its end after the next load (opening, or the worker was at the end). */
  const followEnd = useRef(false);
  /** The conversation whose transcript is on screen. */
  const shownId = useRef<string | null>(null);
  const refreshTimer = useRef<number | undefined>(undefined);

  const alerts = useUrgentAlerts(f);
  const checkUrgent = useRef(alerts.check);
  checkUrgent.current = alerts.check;

  const errorText = useCallback((err: unknown) => {
    if (err instanceof ApiError && err.code === 'TRANSLATION_UNAVAILABLE') return t.errorTranslation;
    if (err instanceof ApiError && err.status === 404) return t.errorNotFound;
    if (err instanceof ApiError && err.status === 409) return t.errorConflict;
    if (err instanceof ApiError && err.status === 400) return t.errorInvalid(MAX_REPLY_LENGTH);
    return t.errorGeneric;
  }, [t]);

  const loadList = useCallback(async () => {
    const answer = await inboxApi.list();
    setItems(answer.items);
    setListLoaded(true);
    setNow(Date.now());
    checkUrgent.current(answer.items);
  }, []);

  const loadTranscript = useCallback(async () => {
    const id = openRef.current;
    if (!id) return;
    try {
      const answer = await inboxApi.transcript(id);
      if (openRef.current !== id) return;
      const list = transcript.current;
      // Follow new messages, unless the worker scrolled up to read older ones.
      const atEnd = !list || list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
      followEnd.current ||= atEnd;
      if (shownId.current !== id) followEnd.current = true;
      shownId.current = id;
      setConversation(answer.conversation);
      setEntries(answer.entries);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        openRef.current = null;
        setOpenId(null);
        setConversation(null);
        setEntries([]);
      }
      setError(errorText(err));
    }
  }, [errorText]);

  useLayoutEffect(() => {
    const list = transcript.current;
    if (list && followEnd.current) list.scrollTop = list.scrollHeight;
    followEnd.current = false;
  }, [entries]);

  const openConversation = useCallback(async (id: string) => {
    setError(null);
    openRef.current = id;
    setOpenId(id);
    window.history.replaceState(window.history.state, '', `#${encodeURIComponent(id)}`);
    await loadTranscript();
    if (openRef.current === id) window.requestAnimationFrame(() => heading.current?.focus());
  }, [loadTranscript]);

  const scheduleRefresh = useCallback((conversationId: string | null | undefined) => {
    window.clearTimeout(refreshTimer.current);
    const transcriptToo = Boolean(conversationId) && conversationId === openRef.current;
    refreshTimer.current = window.setTimeout(() => {
      void loadList().catch(() => undefined);
      if (transcriptToo) void loadTranscript();
    }, REFRESH_DELAY_MS);
  }, [loadList, loadTranscript]);

  // First load: colleagues and canned replies, the queue, the channels, the conversation in the address (#id).
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const [people, replies] = await Promise.all([inboxApi.colleagues(), inboxApi.cannedReplies()]);
        if (cancelled) return;
        setColleagues(people.items);
        setCanned(replies.items);
        await loadList();
      } catch (err) {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 403) setForbidden(true);
        else if (!(err instanceof ApiError && err.status === 401)) setError(errorText(err));
        return;
      }
      inboxApi.channels().then((answer) => { if (!cancelled) setChannelsOff(channelsOffLine(answer.channels)); }, () => undefined);
      const fromHash = decodeURIComponent(window.location.hash.slice(1));
      if (fromHash && !cancelled) await openConversation(fromHash);
    })();
    return () => { cancelled = true; };
    // Once per page: later changes come through the event stream.
  }, []);

  // Live updates, with a slow poll as a safety net and a clock for the waiting times.
  useEffect(() => {
    if (forbidden) return undefined;
    const stop = listenToInbox((event) => scheduleRefresh(event.conversationId), (isLive) => {
      setLive(isLive);
      if (isLive) scheduleRefresh(openRef.current);
    });
    const tick = window.setInterval(() => setNow(Date.now()), 30_000);
    const poll = window.setInterval(() => void loadList().catch(() => undefined), 60_000);
    return () => {
      stop();
      window.clearInterval(tick);
      window.clearInterval(poll);
      window.clearTimeout(refreshTimer.current);
    };
  }, [forbidden, scheduleRefresh, loadList]);

  const runAction: RunAction = async (name, detail) => {
    const id = openRef.current;
    if (!id) return;
    setError(null);
    setBusy(true);
    try {
      if (name === 'claim') await inboxApi.claim(id);
      else if (name === 'release') await inboxApi.release(id);
      else if (name === 'assign') await inboxApi.assign(id, detail?.userId ?? '');
      else if (name === 'handBack') await inboxApi.handBack(id);
      else await inboxApi.close(id, detail?.outcome ?? 'resolved', detail?.close);
      setStatus(t.done);
    } catch (err) {
      setError(errorText(err));
    }
    setBusy(false);
    await Promise.all([loadList(), loadTranscript()]).catch(() => undefined);
    window.requestAnimationFrame(() => {
      const button = document.getElementById(ACTION_IDS[name]);
      if (button) button.focus();
      else heading.current?.focus();
    });
  };

  const addNote = async (text: string): Promise<boolean> => {
    const id = openRef.current;
    if (!id) return false;
    setError(null);
    try {
      await inboxApi.note(id, text);
      setStatus(t.noteAdded);
      await loadTranscript();
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    }
  };

  const urgentWaiting = items.some((item) => item.urgent && item.state === 'waiting');
  const title = urgentWaiting ? `(!) ${t.title}` : t.title;

  if (forbidden) {
    return <Page title={t.title}><p className="app-alert app-alert-error" role="alert">{t.forbidden}</p></Page>;
  }

  const shown = conversation && conversation.id === openId ? conversation : null;
  const mine = Boolean(shown && shown.state === 'agent' && shown.assignedWorkerId === me);
  const isOpen = Boolean(shown && (shown.state === 'waiting' || shown.state === 'agent'));
  const holder = shown ? holderName(f, me, colleagues, shown.assignedWorkerId) : '';

  return (
    <Page title={title} heading={t.title}>
      <div className="inbox-bar">
        <p id="inbox-live" className={live === false ? 'inbox-live is-offline' : 'inbox-live'} role="status">
          {live === null ? '' : live ? t.live : t.reconnecting}
        </p>
        <p id="inbox-status" className="visually-hidden" role="status">{status}</p>
        {channelsOff ? <p id="inbox-channels" className="app-muted">{t.channelsOff(channelsOff)}</p> : null}
      </div>
      {error ? <div id="inbox-alert" className="app-alert app-alert-error inbox-alert" role="alert" tabIndex={-1}><p>{error}</p></div> : null}
      <UrgentBanner items={items} alerts={alerts} now={now} f={f} onOpen={(id) => void openConversation(id)} />
      <div className="inbox-layout">
        <section className="inbox-list" aria-labelledby="list-heading">
          <h2 id="list-heading">{t.listHeading}</h2>
          {listLoaded && items.length === 0 ? <p id="list-empty" className="app-muted">{t.listEmpty}</p> : null}
          <ConversationList items={items} openId={openId} now={now} me={me} colleagues={colleagues} f={f} onOpen={(id) => void openConversation(id)} />
        </section>
        <section className="inbox-detail" aria-labelledby="detail-heading">
          <h2 id="detail-heading" ref={heading} tabIndex={-1}>
            {shown ? t.detailHeading(f.language(shown.language), f.channel(shown.channel)) : t.detailNone}
          </h2>
          {shown ? (
            <div id="detail">
              <dl id="detail-meta" className="inbox-detail-meta">
                {shown.urgent ? <><dt>{t.metaUrgent}</dt><dd>{f.urgentKind(shown.urgent)}</dd></> : null}
                <dt>{t.metaState}</dt><dd>{f.state(shown.state)}</dd>
                <dt>{t.metaLanguage}</dt><dd>{f.language(shown.language)}</dd>
                <dt>{t.metaChannel}</dt><dd>{f.channel(shown.channel)}</dd>
                {shown.waitingSince ? <><dt>{t.metaWaiting}</dt><dd>{f.time(shown.waitingSince)}</dd></> : null}
                <dt>{t.metaAssignee}</dt><dd>{holder}</dd>
              </dl>
              <ConversationActions
                conversation={shown}
                mine={mine}
                colleagues={colleagues.filter((c) => c.organizationIds.includes(shown.organizationId) && c.id !== shown.assignedWorkerId)}
                busy={busy}
                f={f}
                onAction={runAction}
              />
              <h3 id="transcript-heading">{t.transcriptHeading}</h3>
              <Transcript ref={transcript} entries={entries} f={f} labelledBy="transcript-heading" />
              {isOpen ? (
                <ReplyComposer
                  key={shown.id}
                  conversation={shown}
                  mine={mine}
                  holder={holder}
                  canned={canned.filter((r) => r.organizationId === shown.organizationId)}
                  workerLanguage={workerLanguage}
                  f={f}
                  onError={setError}
                  onSent={async () => {
                    setStatus(t.sent);
                    await loadTranscript();
                  }}
                />
              ) : null}
              <NoteForm key={`note-${shown.id}`} f={f} onAdd={addNote} />
            </div>
          ) : null}
        </section>
      </div>
    </Page>
  );
}
