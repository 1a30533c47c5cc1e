import type { SafetyCardEntry } from '../content/index.ts';
import type { Language } from '../languages/index.ts';
import { detectCrisis, safetyCard, type CrisisKind, type SafetyContact } from '../safety/index.ts';
import type { SafetyTexts } from './dialog-texts.ts';
import { fill } from './template.ts';


/**
 * A municipality's own entry name without the characters of the bot's markdown subset, so it cannot
 * restyle the card or make a link (not escaped: Telegram's and WhatsApp's renderers show escapes as typed).
 */
const literal = (text: string) => text.replace(/[\\*_~`[\]()]/g, '');

/** One card line, a Markdown list item (as tiles list their links): "- FairWork (help for exploited workers): call 020 760 08 09, see https://www.fairwork.nu". */
function contactLine(texts: SafetyTexts, contact: SafetyContact): string {
  const what = contact.service ? ` (${texts.services[contact.service]})` : '';
  const ways = [
    ...(contact.phone ? [fill(texts.call, { phone: contact.phone })] : []),
    ...(contact.url ? [fill(contact.urlKind === 'chat' ? texts.chat : texts.website, { url: contact.url })] : []),
  ];
  return `- ${literal(contact.name)}${what}${ways.length ? `: ${ways.join(', ')}` : ''}`;
}

/**
 * The safety reply to an urgent message, in the language of `texts`: the
 * intro for the kind of danger, one line per number on the card, and —
 * when the inbox is closed now — "call these numbers now; a person will read
 * this chat {when}". Short on purpose: it is read in a hurry, on a phone.
 */
export function safetyReplyText(
  texts: SafetyTexts,
  kind: keyof SafetyTexts['intro'],
  card: readonly SafetyContact[],
  closed?: { when: string },
): string {
  const parts = [texts.intro[kind], card.map((contact) => contactLine(texts, contact)).join('\n')];
  if (closed) parts.push(fill(texts.outsideHours, { when: closed.when }));
  return parts.join('\n\n');
}

/**
 * While people hold the conversation (`waiting`, `agent`) the bot stays
 * silent, with one exception: a message that describes a danger the
 * conversation is not marked with yet gets the safety card at once (a
 * worker may not be reading yet). A danger it is already marked with gets
 * nothing new: the person has the numbers and people have been alerted.
 */
export function safetyReplyWhileHeld(input: {
  text: string;
  language: Language;
  /** The kind the conversation is already marked with. */
  marked: CrisisKind | null;
  texts: SafetyTexts;
  local?: readonly SafetyCardEntry[];
  closed?: { when: string };
}): { kind: CrisisKind; text: string } | undefined {
  const signal = detectCrisis(input.text, input.language);
  if (!signal || signal.kind === input.marked) return undefined;
  return { kind: signal.kind, text: safetyReplyText(input.texts, signal.kind, safetyCard(signal.kind, input.local, signal.also), input.closed) };
}
