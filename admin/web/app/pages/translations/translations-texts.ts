import { defineTexts } from '../../shell/texts.ts';
import type { TranslationState } from './translations-api.ts';

/** Words every translation page shares: the states, the problems, budget and DeepL. */
export const TRANSLATION_TEXTS = defineTexts({
  en: {
    translations: 'Translations',
    /** Short names in the matrix cells. */
    stateShort: {
      source: 'Source', missing: 'Missing', machine: 'Machine', machine_checked: 'Checked', human: 'Human', stale: 'Stale', in_translation: 'Sent out',
    } as Record<TranslationState, string>,
    /** What each state means (legend, editor). */
    stateLong: {
      source: 'Source text: the tile is written in this language',
      missing: 'Missing: no text in this language yet',
      machine: 'Machine translation, not checked by a person yet',
      machine_checked: 'Machine translation, checked by a person',
      human: 'Written or edited by a person',
      stale: 'Stale: the source changed since this text was made',
      in_translation: 'In translation: sent out as XLIFF',
    } as Record<TranslationState, string>,
    problem: {
      deepl_off: 'DeepL is off', over_budget: 'this month\'s budget is used up', quota_exceeded: 'DeepL\'s quota is used up', failed: 'DeepL failed',
    } as Record<string, string>,
    problemAt: (reason: string, at: string) => `Not translated: ${reason} (${at}).`,
    deeplOn: 'Machine translation (DeepL) is on.',
    deeplLastProblem: (reason: string) => `Last problem: ${reason}.`,
    deeplOff: (reason: string) => `Machine translation (DeepL) is off: ${reason}.`,
    /** The API's reasons (core/translation's reason codes and warnings) in words. */
    deeplReason: {
      not_configured: 'no DeepL key is configured', deepl_off: 'no DeepL key is configured',
      'translation is off: DEEPL_AUTH_KEY is not set': 'no DeepL key is configured (DEEPL_AUTH_KEY)',
      'machine translation is not set up': 'machine translation is not set up on this server',
      quota_exceeded: 'DeepL\'s quota is used up', over_budget: 'this month\'s budget is used up', rate_limited: 'DeepL is busy (too many requests)',
      auth_failed: 'DeepL rejected the key', service_error: 'DeepL failed', unreachable: 'DeepL cannot be reached',
    } as Record<string, string>,
    budget: (month: string, used: string, budget: string, left: string) =>
      `DeepL characters in ${month}: ${used} used of ${budget}, ${left} left.`,
    noLanguages: 'This tile has no other languages to translate into. An administrator chooses the languages in the settings.',
    language: 'Language',
    backToMatrix: 'Back to the translation overview',
  },
  nl: {
    translations: 'Vertalingen',
    stateShort: {
      source: 'Bron', missing: 'Ontbreekt', machine: 'Machine', machine_checked: 'Gecontroleerd', human: 'Mens', stale: 'Verouderd', in_translation: 'Uitbesteed',
    } as Record<TranslationState, string>,
    stateLong: {
      source: 'Brontekst: de tegel is in deze taal geschreven',
      missing: 'Ontbreekt: nog geen tekst in deze taal',
      machine: 'Machinevertaling, nog niet door een mens gecontroleerd',
      machine_checked: 'Machinevertaling, door een mens gecontroleerd',
      human: 'Door een mens geschreven of bewerkt',
      stale: 'Verouderd: de bron is gewijzigd sinds deze tekst is gemaakt',
      in_translation: 'In vertaling: als XLIFF verstuurd',
    } as Record<TranslationState, string>,
    problem: {
      deepl_off: 'DeepL staat uit', over_budget: 'het budget van deze maand is op', quota_exceeded: 'het DeepL-tegoed is op', failed: 'DeepL gaf een fout',
    } as Record<string, string>,
    problemAt: (reason: string, at: string) => `Niet vertaald: ${reason} (${at}).`,
    deeplOn: 'Machinevertaling (DeepL) staat aan.',
    deeplLastProblem: (reason: string) => `Laatste probleem: ${reason}.`,
    deeplOff: (reason: string) => `Machinevertaling (DeepL) staat uit: ${reason}.`,
    deeplReason: {
      not_configured: 'er is geen DeepL-sleutel ingesteld', deepl_off: 'er is geen DeepL-sleutel ingesteld',
      'translation is off: DEEPL_AUTH_KEY is not set': 'er is geen DeepL-sleutel ingesteld (DEEPL_AUTH_KEY)',
      'machine translation is not set up': 'machinevertaling is op deze server niet ingesteld',
      quota_exceeded: 'het DeepL-tegoed is op', over_budget: 'het budget van deze maand is op', rate_limited: 'DeepL is druk (te veel verzoeken)',
      auth_failed: 'DeepL weigerde de sleutel', service_error: 'DeepL gaf een fout', unreachable: 'DeepL is niet bereikbaar',
    } as Record<string, string>,
    budget: (month: string, used: string, budget: string, left: string) =>
      `DeepL-tekens in ${month}: ${used} gebruikt van ${budget}, nog ${left} over.`,
    noLanguages: 'Deze tegel heeft geen andere talen om naar te vertalen. Een beheerder kiest de talen in de instellingen.',
    language: 'Taal',
    backToMatrix: 'Terug naar het vertaaloverzicht',
  },
});

/** A mark per state, so a cell never speaks through its colour alone (the word is always beside it). */
export const STATE_ICONS: Record<TranslationState, string> = {
  source: '★', missing: '✕', machine: '⚙', machine_checked: '☑', human: '✓', stale: '⚠', in_translation: '⇄',
};

/** A number as staff read it. */
export function formatNumber(n: number, language: 'en' | 'nl'): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB').format(n);
}
