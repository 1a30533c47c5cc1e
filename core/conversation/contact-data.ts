import { parseOrganizationSettings } from '../content/organization-settings.ts';
import type { TileLink } from '../content/types.ts';
import type { Language } from '../languages/index.ts';
import type { PrivacyTexts } from './dialog-texts.ts';
import type { Channel } from './messages.ts';
import { fill } from './template.ts';

/**
 * What the person is told about their data: the short privacy notice at
 * first contact and the "my data" report. Pure: the facts come from the
 * organization's settings and from the database (conversation-repository's
 * `contactDataSummary`), the words from flows/texts (`privacy`).
 */

/** The organization's privacy facts the notice states. */
export interface PrivacyFacts {
  /** Conversations are deleted this many months after their last activity (settings.retention.conversationMonths). */
  retentionMonths: number;
  /** The municipality's privacy statement (settings.privacyStatementUrl), linked when set. */
  statementUrl?: string;
}

/** The privacy facts of an organization's settings document as stored (Organization.settings). */
export function privacyFacts(settings: unknown): PrivacyFacts {
  const parsed = parseOrganizationSettings(settings);
  return { retentionMonths: parsed.retention.conversationMonths, ...(parsed.privacyStatementUrl ? { statementUrl: parsed.privacyStatementUrl } : {}) };
}

/**
 * What is stored about one person, assembled from the database by counting
 * and reading their own rows only: never the text of any message.
 */
export interface ContactDataSummary {
  channel: Channel;
  /** The language the person chose, if any. */
  preferredLanguage: string | null;
  firstSeen: Date;
  lastSeen: Date;
  conversations: number;
  /** Messages of all their conversations, theirs and those sent to them. */
  messages: number;
  /** Names of the municipalities their conversations are with, oldest first. */
  organizations: string[];
  /** An outreach worker claimed one of their conversations or wrote in it. */
  handledByWorker: boolean;
}


/** "12 months", "12 miesięcy", "24 miesiące": the count form the language's grammar wants (ICU). */
export function formatMonths(months: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(months);
}

/** A date as the language writes it, on the Dutch calendar day. */
function formatDate(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The first-contact notice and, when the municipality has a privacy statement, its link. */
export function privacyNotice(
  texts: PrivacyTexts,
  lang: Language,
  facts: PrivacyFacts,
  words: { myData: string; delete: string; organization: string },
): { text: string; links: TileLink[] } {
  const text = fill(texts.notice, { months: formatMonths(facts.retentionMonths, lang), myDataCommand: words.myData, deleteCommand: words.delete });
  const links = facts.statementUrl ? [{ label: fill(texts.statementLink, { organization: words.organization }), url: facts.statementUrl }] : [];
  return { text, links };
}

/** The "my data" report in the person's language. */
export function myDataReport(
  texts: PrivacyTexts,
  lang: Language,
  summary: ContactDataSummary,
  facts: PrivacyFacts,
  words: { delete: string; languageName: (code: string) => string | undefined },
): string {
  const channel = summary.channel === 'webchat' ? texts.webChat : summary.channel === 'telegram' ? 'Telegram' : 'WhatsApp';
  return fill(texts.myData, {
    language: words.languageName(summary.preferredLanguage ?? lang) ?? words.languageName(lang) ?? lang,
    channel,
    firstSeen: formatDate(summary.firstSeen, lang),
    lastSeen: formatDate(summary.lastSeen, lang),
    conversations: new Intl.NumberFormat(lang).format(summary.conversations),
    messages: new Intl.NumberFormat(lang).format(summary.messages),
    organizations: summary.organizations.join(', '),
    worker: summary.handledByWorker ? texts.workerYes : texts.workerNo,
    months: formatMonths(facts.retentionMonths, lang),
    deleteCommand: words.delete,
  });
}
