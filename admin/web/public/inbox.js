/*
 * The inbox page (served as /inbox/staff-assets/inbox.js, an ES module after
 * staff-session.js): the list of waiting and held conversations, the open
 * transcript, the composer with its translation preview, notes and the
 * claim / assign / release / hand back / close buttons. Live: the list and
 * the open transcript reload when the server's event stream says something
 * changed (the events carry ids only).
 */
import { api, listen } from './inbox-api.js';
import { applyTexts, textsFor, uiLanguage } from './inbox-texts.js';
import { fillSelect, h, renderList, renderMeta, renderTranscript, urgentKind } from './inbox-view.js';

const $ = (id) => document.getElementById(id);
const root = $('inbox');
const el = {
  whoami: $('inbox-whoami'), live: $('inbox-live'), status: $('inbox-status'), alert: $('inbox-alert'),
  list: $('conversation-list'), listEmpty: $('list-empty'),
  heading: $('detail-heading'), detail: $('detail'), meta: $('detail-meta'), transcript: $('transcript'),
  claim: $('claim-button'), release: $('release-button'), assignSelect: $('assign-select'), assign: $('assign-button'),
  handBack: $('hand-back-button'), outcome: $('close-outcome'), close: $('close-button'),
  composer: $('composer'), hint: $('composer-hint'), cannedSelect: $('canned-select'), cannedInsert: $('canned-insert'),
  replyLabel: $('reply-label'), reply: $('reply-text'), preview: $('preview'), previewLabel: $('preview-label'), previewText: $('preview-text'),
  warning: $('preview-warning'), warningText: $('preview-warning-text'), untranslated: $('send-untranslated'), send: $('send-button'),
  noteForm: $('note-form'), note: $('note-text'), noteButton: $('note-button'),
};

const ctx = { texts: textsFor('en'), themes: {}, me: { userId: '', languages: [] }, colleagues: [], openId: null };
const state = { items: [], conversation: null, canned: [], preview: null, previewSeq: 0, previewTimer: 0, refreshTimer: 0 };
const maxLength = Number(root.getAttribute('data-max-length')) || 4000;
const t = (key, params) => ctx.texts.t(key, params);

function showError(text) {
  el.alert.textContent = text;
  el.alert.hidden = false;
}

function clearError() {
  el.alert.hidden = true;
  el.alert.textContent = '';
}

function announce(text) {
  el.status.textContent = text;
}

function errorText(error) {
  if (error && error.code === 'TRANSLATION_UNAVAILABLE') return t('error_translation');
  if (error && error.status === 404) return t('error_notFound');
  if (error && error.status === 409) return t('error_conflict');
  if (error && error.status === 400) return t('error_invalid', { max: maxLength });
  return t('error_generic');
}

const heldByMe = () => state.conversation && state.conversation.state === 'agent' && state.conversation.assignedWorkerId === ctx.me.userId;
const isOpenState = () => state.conversation && (state.conversation.state === 'waiting' || state.conversation.state === 'agent');

async function loadList() {
  const { items } = await api.list();
  state.items = items;
  drawList();
  checkUrgent(items);
}

/*
 * Urgent conversations (a person described a danger: fire, suicidal thoughts, violence, exploitation, being put out
 * tonight). A red banner above everything lists them, and each new one sounds a short beep. The beep is generated with
 * Web Audio (no sound file); browsers only allow sound after the worker has interacted with the page, so it is armed by
 * the first click or key press, and a beep due before that plays then. The banner shows in any case.
 */
const urgent = { known: null, audio: null, pending: false, banner: null, live: null };

/** The banner (redrawn with every list refresh) and, apart from it, an alert region spoken only when one arrives. */
function urgentBanner() {
  if (!urgent.banner) {
    urgent.banner = h('section', { id: 'inbox-urgent', className: 'inbox-urgent', 'aria-label': t('metaUrgent'), hidden: true });
    urgent.live = h('p', { id: 'inbox-urgent-live', className: 'visually-hidden', role: 'alert' });
    el.alert.after(urgent.banner, urgent.live);
  }
  return urgent.banner;
}

/** The banner lists urgent conversations nobody holds yet; every newly urgent one (also one held) beeps. */
function checkUrgent(items) {
  const now = items.filter((item) => item.urgent);
  const fresh = now.filter((item) => !urgent.known || !urgent.known.has(item.id));
  urgent.known = new Set(now.map((item) => item.id));
  drawUrgent(now.filter((item) => item.state === 'waiting'), fresh.length > 0);
  if (fresh.length > 0) {
    urgent.live.textContent = t('urgentArrived', { kind: urgentKind(ctx, fresh[0].urgent) });
    beep();
  }
}

function drawUrgent(items, isNew) {
  const banner = urgentBanner();
  banner.hidden = items.length === 0;
  document.title = (items.length ? '(!) ' : '') + t('title') + ' – Migrant info bot';
  if (items.length === 0) return;
  const now = Date.now();
  const parts = [
    h('p', { text: t('urgentBanner') }),
    ...items.slice(0, 5).map((item) => {
      const waiting = item.waitingSince ? t('waitingFor', { time: ctx.texts.duration(now - Date.parse(item.waitingSince)) }) : t('state_' + item.state);
      const open = h('button', { type: 'button', 'data-id': item.id, text: t('urgentItem', { kind: urgentKind(ctx, item.urgent), language: ctx.texts.language(item.language), waiting }) });
      open.addEventListener('click', () => void openConversation(item.id));
      return open;
    }),
  ];
  if (!urgent.audio || urgent.audio.state !== 'running') parts.push(h('p', { className: 'urgent-sound', text: t('urgentSound') }));
  banner.replaceChildren(...parts);
  banner.setAttribute('data-sound', urgent.audio && urgent.audio.state === 'running' ? 'on' : 'waiting-for-interaction');
  if (isNew) {
    banner.classList.remove('is-new');
    void banner.offsetWidth; // restart the pulse
    banner.classList.add('is-new');
  }
}

/** Two short tones, made on the spot. */
function beep() {
  if (!urgent.audio || urgent.audio.state !== 'running') {
    urgent.pending = true;
    return;
  }
  urgent.pending = false;
  const start = urgent.audio.currentTime + 0.01;
  [0, 0.25].forEach((offset) => {
    const tone = urgent.audio.createOscillator();
    const gain = urgent.audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
    tone.connect(gain).connect(urgent.audio.destination);
    tone.start(start + offset);
    tone.stop(start + offset + 0.2);
  });
  const banner = urgentBanner();
  banner.setAttribute('data-beeps', String(Number(banner.getAttribute('data-beeps') || 0) + 1));
}

function armSound() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  urgent.audio = urgent.audio || new Context();
  urgent.audio.resume().then(() => {
    window.removeEventListener('pointerdown', armSound, true);
    window.removeEventListener('keydown', armSound, true);
    if (urgent.pending) beep();
    if (urgent.banner && !urgent.banner.hidden) drawUrgent(state.items.filter((item) => item.urgent && item.state === 'waiting'), false);
  }, () => undefined);
}
window.addEventListener('pointerdown', armSound, true);
window.addEventListener('keydown', armSound, true);

function drawList() {
  renderList(el.list, state.items, ctx, openConversation);
  el.listEmpty.hidden = state.items.length > 0;
}

async function loadTranscript() {
  const id = ctx.openId;
  if (!id) return;
  try {
    const { conversation, entries } = await api.transcript(id);
    if (ctx.openId !== id) return;
    const opening = !state.conversation || state.conversation.id !== id;
    state.conversation = conversation;
    drawDetail();
    // Follow new messages, unless the worker scrolled up to read older ones.
    const atBottom = el.transcript.scrollTop + el.transcript.clientHeight >= el.transcript.scrollHeight - 8;
    renderTranscript(el.transcript, entries, ctx);
    if (opening || atBottom) el.transcript.scrollTop = el.transcript.scrollHeight;
  } catch (error) {
    if (error.status === 404) {
      ctx.openId = null;
      state.conversation = null;
      el.detail.hidden = true;
      el.heading.textContent = t('detailNone');
      drawList();
    }
    showError(errorText(error));
  }
}

function drawDetail() {
  const c = state.conversation;
  el.detail.hidden = false;
  el.heading.textContent = t('detailHeading', { language: ctx.texts.language(c.language), channel: t('channel_' + c.channel) });
  renderMeta(el.meta, c, ctx);
  const open = isOpenState();
  el.claim.hidden = c.state !== 'waiting';
  el.release.hidden = !heldByMe();
  el.assign.parentElement.hidden = !open;
  el.handBack.hidden = !open;
  el.close.parentElement.hidden = !open;
  const colleagues = ctx.colleagues.filter((p) => p.organizationIds.includes(c.organizationId) && p.id !== c.assignedWorkerId);
  fillSelect(el.assignSelect, colleagues.map((p) => [p.id, p.name]), t('noColleagues'));
  el.assign.disabled = colleagues.length === 0;
  const canned = state.canned.filter((r) => r.organizationId === c.organizationId);
  fillSelect(el.cannedSelect, canned.map((r) => [r.id, r.title]), t('cannedNone'));

  const mine = heldByMe();
  el.composer.hidden = !open;
  el.composer.classList.toggle('is-disabled', !mine);
  el.reply.disabled = !mine;
  el.cannedSelect.disabled = !mine || canned.length === 0;
  el.cannedInsert.disabled = !mine || canned.length === 0;
  el.hint.textContent = mine ? '' : c.state === 'agent' ? t('composerHeldBy', { name: holder(c.assignedWorkerId) }) : t('composerNeedsClaim');
  el.hint.hidden = mine;
  el.noteForm.hidden = false;
  updateSend();
}

function holder(id) {
  const colleague = ctx.colleagues.find((p) => p.id === id);
  return colleague ? colleague.name : '?';
}

async function openConversation(id) {
  clearError();
  if (ctx.openId !== id) resetComposer();
  ctx.openId = id;
  history.replaceState(null, '', '#' + encodeURIComponent(id));
  drawList();
  await loadTranscript();
  if (ctx.openId === id) el.heading.focus();
}

/* The composer: the preview always shows what the person will receive before Send is possible. */

function resetComposer() {
  el.reply.value = '';
  state.preview = null;
  state.previewSeq += 1;
  el.untranslated.checked = false;
  drawPreview();
}

function drawPreview() {
  const p = state.preview;
  const personLanguage = state.conversation ? state.conversation.language : null;
  el.warning.hidden = !(p && p.result && p.result.status === 'unavailable');
  if (!p) {
    el.previewLabel.textContent = '';
    el.previewText.textContent = t('previewEmpty');
    el.previewText.removeAttribute('lang');
  } else if (!p.result) {
    el.previewLabel.textContent = t('previewLabel', { language: ctx.texts.language(personLanguage) });
    el.previewText.textContent = t('previewLoading');
  } else {
    el.previewLabel.textContent = t('previewLabel', { language: ctx.texts.language(p.result.language) });
    el.previewText.textContent = p.result.text;
    el.previewText.setAttribute('lang', p.result.language);
    if (p.result.status === 'same_language') el.previewLabel.textContent += ' ' + t('previewSame');
    el.warningText.textContent = p.result.warning ? t('translationWarning', { warning: p.result.warning }) : t('error_translation');
  }
  updateSend();
}

function readyToSend() {
  const p = state.preview;
  const text = el.reply.value.trim();
  if (!heldByMe() || !text || !p || !p.result || p.text !== text) return false;
  return p.result.status !== 'unavailable' || el.untranslated.checked;
}

function updateSend() {
  // Send stays clickable while the preview is pending: a click then shows the preview and sends nothing.
  el.send.disabled = !heldByMe() || !el.reply.value.trim();
}

async function requestPreview() {
  window.clearTimeout(state.previewTimer);
  const text = el.reply.value.trim();
  const id = ctx.openId;
  if (!text || !id || !heldByMe()) {
    state.preview = null;
    drawPreview();
    return;
  }
  if (state.preview && state.preview.text === text && state.preview.result) return;
  const seq = ++state.previewSeq;
  state.preview = { text, result: null };
  drawPreview();
  try {
    const result = await api.preview(id, text);
    if (seq !== state.previewSeq) return;
    state.preview = { text, result };
  } catch (error) {
    if (seq !== state.previewSeq) return;
    state.preview = null;
    showError(errorText(error));
  }
  drawPreview();
}

el.reply.addEventListener('input', () => {
  state.previewSeq += 1;
  state.preview = null;
  el.untranslated.checked = false;
  drawPreview();
  window.clearTimeout(state.previewTimer);
  state.previewTimer = window.setTimeout(requestPreview, 500);
});
el.untranslated.addEventListener('change', updateSend);

el.composer.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  const text = el.reply.value.trim();
  if (!text) {
    showError(t('error_noText'));
    el.reply.focus();
    return;
  }
  if (!readyToSend()) {
    const p = state.preview;
    if (p && p.result && p.text === text && p.result.status === 'unavailable') {
      // No translation: it goes out only once the worker confirms sending it as written.
      showError(t('error_confirmUntranslated'));
      el.untranslated.focus();
      return;
    }
    // Not seen yet: show what the person would receive; sending takes a second click.
    await requestPreview();
    return;
  }
  el.send.disabled = true;
  try {
    await api.reply(ctx.openId, text, state.preview.result.status === 'unavailable' && el.untranslated.checked);
    resetComposer();
    announce(t('sent'));
    await loadTranscript();
  } catch (error) {
    if (error.code === 'TRANSLATION_UNAVAILABLE') state.preview = { text, result: { status: 'unavailable', text, language: state.conversation.language || '' } };
    showError(errorText(error));
    drawPreview();
  }
  el.reply.focus();
});

el.cannedInsert.addEventListener('click', () => {
  const reply = state.canned.find((r) => r.id === el.cannedSelect.value);
  if (!reply) return;
  el.reply.value = reply.text;
  el.reply.dispatchEvent(new Event('input'));
  void requestPreview();
  el.reply.focus();
});

el.noteForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  const text = el.note.value.trim();
  if (!text) return;
  el.noteButton.disabled = true;
  try {
    await api.note(ctx.openId, text);
    el.note.value = '';
    announce(t('noteAdded'));
    await loadTranscript();
  } catch (error) {
    showError(errorText(error));
  }
  el.noteButton.disabled = false;
});

/* The buttons: one API call each, then the list and transcript reload. */
function action(button, run) {
  button.addEventListener('click', async () => {
    clearError();
    button.disabled = true;
    try {
      await run(ctx.openId);
      announce(t('done'));
    } catch (error) {
      showError(errorText(error));
    }
    button.disabled = false;
    await Promise.all([loadList(), loadTranscript()]).catch(() => undefined);
    if (!button.hidden) button.focus();
    else el.heading.focus();
  });
}

action(el.claim, (id) => api.claim(id));
action(el.release, (id) => api.release(id));
action(el.assign, (id) => api.assign(id, el.assignSelect.value));
action(el.handBack, (id) => api.handBack(id));
action(el.close, (id) => api.close(id, el.outcome.value));

/* Live updates, with a slow poll as a safety net (and to keep waiting times current). */
function scheduleRefresh(conversationId) {
  window.clearTimeout(state.refreshTimer);
  const transcriptToo = conversationId && conversationId === ctx.openId;
  state.refreshTimer = window.setTimeout(() => {
    void loadList().catch(() => undefined);
    if (transcriptToo) void loadTranscript();
  }, 150);
}

/** Which channels are off and why (GET /api/channels/status), so staff know that e.g. Telegram messages cannot arrive. */
async function showChannelsOff() {
  const res = await window.StaffSession.fetch('/api/channels/status', { headers: { accept: 'application/json' } }).catch(() => null);
  if (!res || !res.ok) return;
  const { channels } = await res.json();
  const off = channels.filter((c) => c.state !== 'connected' && c.state !== 'starting');
  const line = document.getElementById('inbox-channels');
  if (!line || off.length === 0) return;
  line.textContent = t('channelsOff', {
    list: off.map((c) => `${c.channel}${c.transport ? ' (' + c.transport + ')' : ''}: ${c.state === 'waiting_for_qr' ? 'QR' : c.reason || c.state}`).join('; '),
  });
  line.hidden = false;
}

async function start() {
  let session;
  try {
    session = await window.StaffSession.me();
  } catch (error) {
    showError(t('error_generic'));
    return;
  }
  if (!session) {
    window.location.assign('/login?next=/inbox');
    return;
  }
  ctx.me = session.staff;
  ctx.texts = textsFor(uiLanguage(session.staff.languages));
  try {
    ctx.themes = JSON.parse(root.getAttribute('data-themes') || '{}');
  } catch (error) {
    ctx.themes = {};
  }
  document.documentElement.lang = ctx.texts.lang;
  document.title = t('title') + ' – Migrant info bot';
  applyTexts(document.body, ctx.texts);
  el.whoami.textContent = t('signedInAs', { name: session.staff.name });
  el.replyLabel.textContent = t('replyLabel', { language: ctx.texts.language(session.staff.languages[0] || 'nl') });
  drawPreview();

  const [colleagues, canned] = await Promise.all([api.colleagues(), api.cannedReplies()]);
  ctx.colleagues = colleagues.items;
  state.canned = canned.items;
  await loadList();
  void showChannelsOff();
  const fromHash = decodeURIComponent(window.location.hash.slice(1));
  if (fromHash) await openConversation(fromHash);

  listen((event) => scheduleRefresh(event.conversationId), (live) => {
    el.live.textContent = live ? t('live') : t('reconnecting');
    el.live.classList.toggle('is-offline', !live);
    if (live) scheduleRefresh(ctx.openId);
  });
  window.setInterval(drawList, 30_000);
  window.setInterval(() => void loadList().catch(() => undefined), 60_000);
}

start().catch((error) => {
  if (!error || error.status !== 401) showError(errorText(error));
});
