import type { MessageAuthor } from '../conversation/index.ts';

/** Longest first name shown to the person (characters); longer ones are cut. */
export const MAX_FIRST_NAME = 40;

/** Control and format characters (NUL, bidi overrides, zero-width joiners...) never reach the person's screen. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * The first name the person sees for a staff member: the first word of
 * `StaffUser.name`. A name that is an email address (or starts with one)
 * gives only the mailbox's first part, capitalised ("anna.de.vries@x.nl" →
 * "Anna"), so an address is never shown. Undefined when nothing usable is left.
 */
export function firstName(fullName: string): string | undefined {
  const word = fullName.replace(INVISIBLE, ' ').trim().split(/\s+/)[0] ?? '';
  let name = word;
  if (word.includes('@')) {
    const mailbox = word.split('@')[0].split(/[._+]/)[0] ?? '';
    name = mailbox.charAt(0).toLocaleUpperCase() + mailbox.slice(1);
  }
  name = [...name].slice(0, MAX_FIRST_NAME).join('');
  return /[\p{L}\p{N}]/u.test(name) ? name : undefined;
}

/**
 * How an outreach worker's messages are signed for the person: first name
 * and municipality. Without a usable first name the municipality stands in
 * for it.
 */
export function workerAuthor(staffName: string, organizationName: string): MessageAuthor {
  const organization = organizationName.replace(INVISIBLE, ' ').trim();
  return { kind: 'worker', name: firstName(staffName) ?? organization, organization };
}

/** `{name}` style placeholders filled from `values`; unknown ones stay as they are. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/**
 * What the person receives for a worker's message sent untranslated: the
 * note, in the person's language and in italics, above the worker's own words.
 */
export function withUntranslatedNote(note: string, text: string): string {
  return `_${note.trim()}_\n\n${text}`;
}
