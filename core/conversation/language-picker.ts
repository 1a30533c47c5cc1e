import { isLanguage, type Language } from '../languages/index.ts';
import { MAX_CHOICES, type Choice } from './messages.ts';

/**
 * The language choice: every language the organization offers, the
 * person's current and detected ones first. No channel shows more than
 * MAX_CHOICES buttons at once (WhatsApp lists 10 rows, Telegram keyboards and
 * web chat suggested actions are cut at MAX_CHOICES), so a longer list is
 * shown in pages: MAX_CHOICES - 1 languages and a "more languages" choice
 * whose payload (`languages:<page>:<first languages>`) shows the next page.
 * The first languages travel in the payload, so every page is cut from the
 * same order whatever the language of the turn that shows it.
 */

/** Marks the "more languages" choice for a person who cannot read its label (it is in the current language). */
const MORE_MARK = '🌐';

/** A page of the language list as the payload of a "more languages" choice asks for it. */
export interface LanguagePageRequest {
  page: number;
  /** The languages put first when the list was first shown. */
  first: Language[];
}

/** Reads the value of a `languages:` payload (`<page>` or `<page>:<lang>,<lang>`); unreadable parts fall back to page 0, no first languages. */
export function parseLanguagePage(value: string): LanguagePageRequest {
  const [pageText = '', firstText = ''] = value.split(':');
  const page = /^\d{1,2}$/.test(pageText) ? Number(pageText) : 0;
  return { page, first: firstText.split(',').filter(isLanguage) };
}

/** The `first` languages that are enabled, once each, in that order. */
const leadOf = (enabled: readonly Language[], first: ReadonlyArray<Language | undefined>): Language[] =>
  [...new Set(first.filter((l): l is Language => l !== undefined && enabled.includes(l)))];

/** The enabled languages, the `first` ones (when enabled) at the front in that order, the rest in the organization's order. */
export function languageOrder(enabled: readonly Language[], first: ReadonlyArray<Language | undefined>): Language[] {
  const lead = leadOf(enabled, first);
  return [...lead, ...enabled.filter((l) => !lead.includes(l))];
}

/** The languages of each page: all on one when they fit, else MAX_CHOICES - 1 per page (room for "more"), the last page up to MAX_CHOICES. */
export function languagePages(order: readonly Language[]): Language[][] {
  const pages: Language[][] = [];
  let rest = [...order];
  while (rest.length > MAX_CHOICES) {
    pages.push(rest.slice(0, MAX_CHOICES - 1));
    rest = rest.slice(MAX_CHOICES - 1);
  }
  pages.push(rest);
  return pages;
}

/**
 * The choices of one page of the language list: a `language:<code>` choice
 * per language (labelled with its own name), then — unless it is the last
 * page — "more languages" (`moreLabel`, in the current language) for the next.
 */
export function languageChoices(options: {
  enabled: readonly Language[];
  first: ReadonlyArray<Language | undefined>;
  page?: number;
  name: (lang: Language) => string;
  moreLabel: string;
}): Choice[] {
  const order = languageOrder(options.enabled, options.first);
  const pages = languagePages(order);
  const page = options.page !== undefined && options.page < pages.length ? options.page : 0;
  const choices: Choice[] = pages[page].map((l) => ({ label: options.name(l), payload: `language:${l}` }));
  if (page + 1 < pages.length) {
    // The first languages ride along so that the next page continues this order.
    const lead = leadOf(options.enabled, options.first).join(',');
    choices.push({ label: `${MORE_MARK} ${options.moreLabel}`, payload: `languages:${page + 1}:${lead}` });
  }
  return choices;
}
