/*
 * Every text of the inbox page, in English and Dutch (served as
 * /inbox/staff-assets/inbox-texts.js). The page speaks Dutch to workers whose
 * first language is Dutch, English to everyone else. `{name}` placeholders
 * are filled by `format`. Language names come from Intl.DisplayNames.
 */

const en = {
  title: 'Inbox',
  appHome: 'Staff home',
  channelsOff: 'Channels off: {list}',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  live: 'Live updates on',
  reconnecting: 'Live updates interrupted, reconnecting…',
  listHeading: 'Waiting and in progress',
  listEmpty: 'Nobody is waiting. New conversations appear here by themselves.',
  detailNone: 'Choose a conversation',
  detailHeading: 'Conversation in {language} via {channel}',
  actions: 'Actions',
  claim: 'Claim',
  release: 'Release',
  assignTo: 'Colleague',
  assign: 'Assign',
  noColleagues: 'No colleagues',
  handBack: 'Hand back to the bot',
  outcome: 'Outcome',
  close: 'Close',
  outcome_resolved: 'Resolved',
  outcome_referred: 'Referred',
  outcome_no_response: 'No response',
  outcome_other: 'Other',
  transcriptHeading: 'Messages',
  replyHeading: 'Reply',
  cannedLabel: 'Canned reply',
  cannedNone: 'No canned replies',
  cannedInsert: 'Insert',
  replyLabel: 'Your message (in {language})',
  previewLabel: 'The person will receive ({language}):',
  previewEmpty: 'Type a message to see what the person will receive.',
  previewLoading: 'Translating…',
  previewSame: 'Same language: sent as written.',
  sendUntranslated: 'Send untranslated (exactly as written)',
  untranslatedHint: 'The person then also gets a note in their language that this message is not translated.',
  send: 'Send',
  noteLabel: 'Internal note (never sent to the person)',
  addNote: 'Add note',
  composerNeedsClaim: 'Claim the conversation to reply.',
  composerHeldBy: '{name} is handling this conversation.',
  state_waiting: 'Waiting',
  state_agent: 'In progress',
  state_bot: 'With the bot',
  state_closed: 'Closed',
  metaState: 'Status',
  metaLanguage: 'Language',
  metaChannel: 'Channel',
  metaWaiting: 'Waiting since',
  metaAssignee: 'Handled by',
  waitingFor: 'waiting {time}',
  heldBy: 'with {name}',
  you: 'you',
  nobody: 'nobody',
  noTheme: 'no theme',
  noQuestion: '(no message)',
  unknownLanguage: 'unknown language',
  author_contact: 'Person',
  author_bot: 'Bot',
  author_system: 'System',
  note: 'Internal note by {name} (not sent)',
  original: 'Original ({language})',
  translation: 'Translation ({language})',
  asSent: 'As the person saw it ({language})',
  received: 'The person received ({language})',
  translationWarning: 'Not translated: {warning}',
  delivery_queued: 'Sending…',
  delivery_sent: 'Sent',
  delivery_delivered: 'Delivered',
  delivery_read: 'Read',
  delivery_failed: 'Not delivered: {error}',
  delivery_received: 'Received',
  event_conversation_handed_off: 'Handed to people',
  event_conversation_marked_urgent: 'Marked urgent: the person may be in danger',
  event_conversation_claimed: 'Claimed by {name}',
  event_conversation_released: 'Back in the queue',
  event_conversation_handed_back: 'Handed back to the bot by {name}',
  event_conversation_closed: 'Closed by {name}',
  event_conversation_reopened: 'Reopened',
  channel_webchat: 'Web chat',
  channel_telegram: 'Telegram',
  channel_whatsapp: 'WhatsApp',
  sent: 'Sent.',
  noteAdded: 'Note added.',
  done: 'Done.',
  error_generic: 'Something went wrong. Please try again.',
  error_notFound: 'This conversation is no longer available.',
  error_translation: 'The translation service is unavailable, so the message was not sent. You can send it untranslated.',
  error_conflict: 'The conversation changed in the meantime. It has been reloaded.',
  error_invalid: 'Please check the text (1 to {max} characters).',
  error_noText: 'Write a message first.',
  error_confirmUntranslated: 'Not sent: there is no translation. Tick “Send untranslated” to send it as written.',
  urgent: 'Urgent: {kind}',
  urgentBanner: 'Urgent – a person may be in danger. Open the conversation now.',
  urgentItem: 'Urgent: {kind} · {language} · {waiting}',
  urgentArrived: 'New urgent conversation: {kind}',
  urgentSound: 'Sound alerts start after your first click or key press on this page.',
  metaUrgent: 'Urgent',
  urgent_acute: 'acute danger',
  urgent_suicide: 'suicidal thoughts',
  urgent_domestic: 'domestic violence',
  urgent_exploitation: 'exploitation',
  urgent_eviction: 'put out of their home tonight',
};

/** Dutch: the keys of `en`, worded for Dutch outreach workers. */
const nl = {
  title: 'Postvak',
  appHome: 'Startpagina medewerkers',
  channelsOff: 'Kanalen uit: {list}',
  signOut: 'Uitloggen',
  signedInAs: 'Ingelogd als {name}',
  live: 'Live bijwerken aan',
  reconnecting: 'Live bijwerken onderbroken, opnieuw verbinden…',
  listHeading: 'Wachtend en in behandeling',
  listEmpty: 'Niemand wacht. Nieuwe gesprekken verschijnen hier vanzelf.',
  detailNone: 'Kies een gesprek',
  detailHeading: 'Gesprek in het {language} via {channel}',
  actions: 'Acties',
  claim: 'Oppakken',
  release: 'Teruggeven aan de wachtrij',
  assignTo: 'Collega',
  assign: 'Toewijzen',
  noColleagues: 'Geen collega’s',
  handBack: 'Terug naar de bot',
  outcome: 'Uitkomst',
  close: 'Afsluiten',
  outcome_resolved: 'Opgelost',
  outcome_referred: 'Doorverwezen',
  outcome_no_response: 'Geen reactie',
  outcome_other: 'Anders',
  transcriptHeading: 'Berichten',
  replyHeading: 'Antwoorden',
  cannedLabel: 'Standaardantwoord',
  cannedNone: 'Geen standaardantwoorden',
  cannedInsert: 'Invoegen',
  replyLabel: 'Uw bericht (in het {language})',
  previewLabel: 'De persoon ontvangt ({language}):',
  previewEmpty: 'Typ een bericht om te zien wat de persoon ontvangt.',
  previewLoading: 'Vertalen…',
  previewSame: 'Zelfde taal: wordt verstuurd zoals geschreven.',
  sendUntranslated: 'Onvertaald versturen (precies zoals geschreven)',
  untranslatedHint: 'De persoon krijgt dan ook een melding in de eigen taal dat dit bericht niet vertaald is.',
  send: 'Versturen',
  noteLabel: 'Interne notitie (wordt nooit naar de persoon gestuurd)',
  addNote: 'Notitie toevoegen',
  composerNeedsClaim: 'Pak het gesprek op om te antwoorden.',
  composerHeldBy: '{name} behandelt dit gesprek.',
  state_waiting: 'Wacht',
  state_agent: 'In behandeling',
  state_bot: 'Bij de bot',
  state_closed: 'Afgesloten',
  metaState: 'Status',
  metaLanguage: 'Taal',
  metaChannel: 'Kanaal',
  metaWaiting: 'Wacht sinds',
  metaAssignee: 'Behandeld door',
  waitingFor: 'wacht {time}',
  heldBy: 'bij {name}',
  you: 'u',
  nobody: 'niemand',
  noTheme: 'geen thema',
  noQuestion: '(geen bericht)',
  unknownLanguage: 'onbekende taal',
  author_contact: 'Persoon',
  author_bot: 'Bot',
  author_system: 'Systeem',
  note: 'Interne notitie van {name} (niet verstuurd)',
  original: 'Origineel ({language})',
  translation: 'Vertaling ({language})',
  asSent: 'Zoals de persoon het zag ({language})',
  received: 'De persoon ontving ({language})',
  translationWarning: 'Niet vertaald: {warning}',
  delivery_queued: 'Wordt verstuurd…',
  delivery_sent: 'Verstuurd',
  delivery_delivered: 'Afgeleverd',
  delivery_read: 'Gelezen',
  delivery_failed: 'Niet afgeleverd: {error}',
  delivery_received: 'Ontvangen',
  event_conversation_handed_off: 'Doorgezet naar medewerkers',
  event_conversation_marked_urgent: 'Als spoed gemarkeerd: de persoon is mogelijk in gevaar',
  event_conversation_claimed: 'Opgepakt door {name}',
  event_conversation_released: 'Terug in de wachtrij',
  event_conversation_handed_back: 'Door {name} teruggegeven aan de bot',
  event_conversation_closed: 'Afgesloten door {name}',
  event_conversation_reopened: 'Heropend',
  channel_webchat: 'Webchat',
  channel_telegram: 'Telegram',
  channel_whatsapp: 'WhatsApp',
  sent: 'Verstuurd.',
  noteAdded: 'Notitie toegevoegd.',
  done: 'Gedaan.',
  error_generic: 'Er ging iets mis. Probeer het opnieuw.',
  error_notFound: 'Dit gesprek is niet meer beschikbaar.',
  error_translation: 'De vertaaldienst is niet beschikbaar; het bericht is niet verstuurd. U kunt het onvertaald versturen.',
  error_conflict: 'Het gesprek is intussen veranderd en opnieuw geladen.',
  error_invalid: 'Controleer de tekst (1 tot {max} tekens).',
  error_noText: 'Schrijf eerst een bericht.',
  error_confirmUntranslated: 'Niet verstuurd: er is geen vertaling. Vink “Onvertaald versturen” aan om het te versturen zoals geschreven.',
  urgent: 'Spoed: {kind}',
  urgentBanner: 'Spoed – iemand is mogelijk in gevaar. Open het gesprek nu.',
  urgentItem: 'Spoed: {kind} · {language} · {waiting}',
  urgentArrived: 'Nieuw spoedgesprek: {kind}',
  urgentSound: 'Geluidsmeldingen starten na uw eerste klik of toetsaanslag op deze pagina.',
  metaUrgent: 'Spoed',
  urgent_acute: 'acuut gevaar',
  urgent_suicide: 'suïcidale gedachten',
  urgent_domestic: 'huiselijk geweld',
  urgent_exploitation: 'uitbuiting',
  urgent_eviction: 'vannacht op straat gezet',
};

const CATALOGUE = { en, nl };

/** The UI language for a worker: Dutch when it is their first language, English otherwise. */
export function uiLanguage(languages) {
  return Array.isArray(languages) && languages[0] === 'nl' ? 'nl' : 'en';
}

/** The texts of `lang` with `t(key, params)`; a missing key falls back to English, then to the key. */
export function textsFor(lang) {
  const table = CATALOGUE[lang] || en;
  const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([lang], { type: 'language' }) : null;
  function t(key, params) {
    const template = table[key] ?? en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name) => (params && params[name] !== undefined ? String(params[name]) : match));
  }
  return {
    lang,
    t,
    /** The name of a language code in the UI language, e.g. ro → "Roemeens". */
    language(code) {
      if (!code) return t('unknownLanguage');
      try {
        return (names && names.of(code)) || code;
      } catch (error) {
        return code;
      }
    },
    /** A duration in the UI language: "12 min", "3 uur", "2 dagen". */
    duration(ms) {
      const minutes = Math.max(0, Math.floor(ms / 60000));
      const [value, unit] = minutes < 60 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.floor(minutes / 60), 'hour'] : [Math.floor(minutes / 1440), 'day'];
      return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
    },
    /** A point in time, short. */
    time(iso) {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
    },
  };
}

/** Fills every `[data-text]` element under `root` with its text. */
export function applyTexts(root, texts) {
  root.querySelectorAll('[data-text]').forEach((element) => {
    element.textContent = texts.t(element.getAttribute('data-text'));
  });
}
