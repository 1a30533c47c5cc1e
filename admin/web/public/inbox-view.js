/*
 * Rendering of the inbox page (served as /inbox/staff-assets/inbox-view.js):
 * the conversation list, the conversation header and the transcript. Every
 * text from the server is untrusted and is set with textContent only
 * (never innerHTML); the person's text carries its `lang` attribute so
 * screen readers pronounce it right.
 */

/** Creates an element; string children become text nodes. */
export function h(tag, props, children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') element.className = value;
    else if (key === 'text') element.textContent = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children || []) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

function themeName(ctx, key) {
  if (!key) return ctx.texts.t('noTheme');
  const names = ctx.themes[ctx.texts.lang] || ctx.themes.en || {};
  return names[key] || key;
}

const channelName = (ctx, channel) => ctx.texts.t('channel_' + channel);

/** The name of whoever holds a conversation: "you", a colleague, or the name the list gave. */
function holderName(ctx, id, fallback) {
  if (!id) return ctx.texts.t('nobody');
  if (id === ctx.me.userId) return ctx.texts.t('you');
  const colleague = ctx.colleagues.find((c) => c.id === id);
  return colleague ? colleague.name : fallback || '?';
}

/** The waiting and held conversations, as buttons; the open one is marked `aria-current`. */
export function renderList(list, items, ctx, onOpen) {
  const { t } = ctx.texts;
  const now = Date.now();
  list.replaceChildren(
    ...items.map((item) => {
      const waiting = item.waitingSince ? t('waitingFor', { time: ctx.texts.duration(now - Date.parse(item.waitingSince)) }) : '';
      const button = h('button', {
        type: 'button',
        className: 'conversation-item' + (item.id === ctx.openId ? ' is-open' : '') + (item.urgent ? ' is-urgent' : ''),
        'aria-current': item.id === ctx.openId ? 'true' : null,
        'data-id': item.id,
      }, [
        item.urgent && h('span', { className: 'badge badge-urgent', text: t('urgent', { kind: urgentKind(ctx, item.urgent) }) }),
        h('span', { className: 'item-line' }, [
          h('span', { className: 'badge state-' + item.state, text: t('state_' + item.state) }),
          h('span', { className: 'item-language', text: ctx.texts.language(item.language) }),
          h('span', { className: 'item-channel', text: channelName(ctx, item.channel) }),
          waiting && h('span', { className: 'item-waiting', text: waiting }),
        ]),
        h('span', { className: 'item-theme', text: themeName(ctx, item.theme) }),
        questionLine(item, t),
        item.assignee && h('span', { className: 'item-assignee', text: t('heldBy', { name: holderName(ctx, item.assignee.id, item.assignee.name) }) }),
      ]);
      button.addEventListener('click', () => onOpen(item.id));
      return h('li', {}, [button]);
    }),
  );
}

/** The kind of danger in the UI language ("acute danger", "huiselijk geweld"). */
export function urgentKind(ctx, kind) {
  return ctx.texts.t('urgent_' + kind);
}

/** The person's last message: in the worker's language when translated (the original on hover), else as written. */
function questionLine(item, t) {
  const translated = item.lastQuestionTranslation;
  if (translated) {
    return h('span', { className: 'item-question', lang: translated.language, title: item.lastQuestion, text: translated.text });
  }
  return h('span', { className: 'item-question', lang: item.language || null, text: item.lastQuestion || t('noQuestion') });
}

/** The header facts of the open conversation. */
export function renderMeta(dl, conversation, ctx) {
  const { t } = ctx.texts;
  const row = (label, value) => [h('dt', { text: label }), h('dd', { text: value })];
  dl.replaceChildren(
    ...(conversation.urgent ? row(t('metaUrgent'), urgentKind(ctx, conversation.urgent)) : []),
    ...row(t('metaState'), t('state_' + conversation.state)),
    ...row(t('metaLanguage'), ctx.texts.language(conversation.language)),
    ...row(t('metaChannel'), channelName(ctx, conversation.channel)),
    ...(conversation.waitingSince ? row(t('metaWaiting'), ctx.texts.time(conversation.waitingSince)) : []),
    ...row(t('metaAssignee'), holderName(ctx, conversation.assignedWorkerId)),
  );
}

function block(label, text, lang, className) {
  return h('div', { className: 'entry-block ' + (className || '') }, [
    h('span', { className: 'entry-label', text: label }),
    h('p', { className: 'entry-text', lang: lang || null, text }),
  ]);
}

function delivery(entry, ctx) {
  const { t } = ctx.texts;
  if (!entry.deliveryStatus || entry.role === 'contact') return null;
  if (entry.deliveryStatus === 'failed') {
    return h('p', { className: 'delivery delivery-failed', role: 'note', text: t('delivery_failed', { error: entry.deliveryError || '?' }) });
  }
  // The bot's own messages only show trouble; people's messages show how far they got.
  if (entry.role === 'bot') return null;
  return h('p', { className: 'delivery', text: t('delivery_' + entry.deliveryStatus) });
}

function messageEntry(entry, ctx) {
  const { t } = ctx.texts;
  const lang = (code) => ctx.texts.language(code);
  const who = entry.role === 'worker' ? entry.author : t('author_' + (entry.role || entry.author));
  const parts = [h('p', { className: 'entry-head' }, [h('strong', { text: who }), ' · ', h('time', { datetime: entry.at, text: ctx.texts.time(entry.at) })])];
  const translation = entry.translation;
  if (entry.role === 'worker') {
    parts.push(h('p', { className: 'entry-text', lang: entry.language || null, text: entry.text }));
    if (translation) parts.push(block(t('received', { language: lang(translation.language) }), translation.text, translation.language, 'entry-received'));
  } else if (entry.role === 'contact') {
    parts.push(block(t('original', { language: lang(entry.language) }), entry.text, entry.language, 'entry-original'));
    if (translation && !translation.warning) parts.push(block(t('translation', { language: lang(translation.language) }), translation.text, translation.language, 'entry-translation'));
  } else {
    parts.push(block(t('asSent', { language: lang(entry.language) }), entry.text, entry.language, 'entry-original'));
    if (translation && !translation.warning) parts.push(block(t('translation', { language: lang(translation.language) }), translation.text, translation.language, 'entry-translation'));
  }
  if (translation && translation.warning) parts.push(h('p', { className: 'entry-warning', role: 'note', text: t('translationWarning', { warning: translation.warning }) }));
  parts.push(delivery(entry, ctx));
  return h('li', { className: 'entry entry-' + (entry.role || 'message') }, parts);
}

function eventEntry(entry, ctx) {
  const key = 'event_' + String(entry.type || '').replace(/\./g, '_');
  return h('li', { className: 'entry entry-event' }, [
    h('p', {}, [ctx.texts.t(key, { name: entry.author }), ' · ', h('time', { datetime: entry.at, text: ctx.texts.time(entry.at) })]),
  ]);
}

function noteEntry(entry, ctx) {
  return h('li', { className: 'entry entry-note' }, [
    h('p', { className: 'entry-head' }, [h('strong', { text: ctx.texts.t('note', { name: entry.author }) }), ' · ', h('time', { datetime: entry.at, text: ctx.texts.time(entry.at) })]),
    h('p', { className: 'entry-text', text: entry.text }),
  ]);
}

/** The whole timeline: messages with originals and translations, internal notes, status changes. */
export function renderTranscript(list, entries, ctx) {
  list.replaceChildren(
    ...entries.map((entry) => (entry.kind === 'note' ? noteEntry(entry, ctx) : entry.kind === 'event' ? eventEntry(entry, ctx) : messageEntry(entry, ctx))),
  );
}

/** Fills a <select> with options `[value, label]`; keeps the selected value when it is still there. */
export function fillSelect(select, options, emptyLabel) {
  const previous = select.value;
  select.replaceChildren(...(options.length ? options : [['', emptyLabel]]).map(([value, label]) => h('option', { value, text: label })));
  if (options.some(([value]) => value === previous)) select.value = previous;
  select.disabled = options.length === 0;
}
