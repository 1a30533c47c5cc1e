import { createRequire } from 'node:module';
import { stemmer as stemBg } from '@orama/stemmers/bulgarian';
import { stemmer as stemLt } from '@orama/stemmers/lithuanian';
import { stemmer as stemEl } from '@orama/stemmers/greek';
import { stemmer as stemHu } from '@orama/stemmers/hungarian';
import { stemmer as stemRo } from '@orama/stemmers/romanian';
import { stemmer as stemTr } from '@orama/stemmers/turkish';
import type { Language } from '../languages/index.ts';

/**
 * One stemmer per supported language, from maintained libraries:
 *
 * - natural (Porter family): en nl es it pt uk. Loaded file by file, because
 *   `natural`'s index eagerly requires mongoose, pg and redis adapters.
 * - @orama/stemmers (ports of the Snowball project's algorithms): bg el hu lt
 *   ro tr. For hu, ro and tr they give the same stems as snowball-stemmers
 *   but 3–5× faster (measured on 6,000 words each), which matters when a
 *   1,000-tile library is indexed in 18 languages.
 * - snowball-stemmers: cs sl, and sk with the Czech algorithm (the two
 *   languages share most inflection).
 * - pl lv et: none of the above has them; a light inflectional suffix
 *   stripper (below) fills the gap. Retrieval also indexes word prefixes, so
 *   a weak stemmer costs little there.
 *
 * Stemmers get folded tokens (lower case, no diacritics), so a question typed
 * without diacritics stems like the tile text.
 */
export type Stem = (token: string) => string;

const require = createRequire(import.meta.url);
const natural = (file: string): Stem => {
  const mod = require(`natural/lib/natural/stemmers/${file}`) as { stem: Stem };
  return (t) => mod.stem(t);
};
const snowball = require('snowball-stemmers') as { newStemmer(algorithm: string): { stem: Stem } };
const snow = (algorithm: string): Stem => {
  const s = snowball.newStemmer(algorithm);
  return (t) => s.stem(t);
};

/** Inflectional endings, longest first; stripped once, leaving a stem of ≥ 3 letters. */
const LIGHT_SUFFIXES: Record<'pl' | 'lv' | 'et', string[]> = {
  pl: [
    'owania', 'owanie', 'owaniu', 'ania', 'anie', 'aniu', 'enia', 'enie', 'eniu', 'ości', 'ość', 'osci', 'osc',
    'ami', 'ach', 'owi', 'ego', 'emu', 'ymi', 'imi', 'ych', 'ich', 'ej', 'om', 'ow', 'em', 'ie', 'ia', 'iu',
    'ac', 'ic', 'yc', 'na', 'ne', 'ny', 'ni', 'a', 'e', 'i', 'o', 'u', 'y', 'ę', 'ą',
  ],
  lv: [
    'iem', 'ajam', 'ajai', 'ajos', 'ajas', 'am', 'ai', 'os', 'as', 'es', 'is', 'us', 'am', 'im', 'um',
    'ie', 'ei', 'em', 'a', 'e', 'i', 'u', 's', 'o',
  ],
  et: [
    'dega', 'tega', 'ttega', 'dele', 'tele', 'desse', 'tesse', 'dest', 'test', 'del', 'tel', 'des', 'tes',
    'lle', 'lt', 'ga', 'ks', 'ni', 'na', 'st', 'le', 'ta', 'da', 'te', 'de', 'd', 't', 's',
  ],
};

function lightStemmer(lang: 'pl' | 'lv' | 'et'): Stem {
  const suffixes = [...LIGHT_SUFFIXES[lang]].sort((a, b) => b.length - a.length);
  return (t) => {
    for (const suffix of suffixes) {
      if (t.length - suffix.length >= 3 && t.endsWith(suffix)) return t.slice(0, -suffix.length);
    }
    return t;
  };
}

const FACTORIES: Record<Language, () => Stem> = {
  en: () => natural('porter_stemmer.js'),
  nl: () => natural('porter_stemmer_nl.js'),
  es: () => natural('porter_stemmer_es.js'),
  it: () => natural('porter_stemmer_it.js'),
  pt: () => natural('porter_stemmer_pt.js'),
  uk: () => natural('porter_stemmer_uk.js'),
  cs: () => snow('czech'),
  hu: () => stemHu,
  ro: () => stemRo,
  sl: () => snow('slovene'),
  tr: () => stemTr,
  bg: () => stemBg,
  lt: () => stemLt,
  sk: () => snow('czech'),
  el: () => stemEl,
  pl: () => lightStemmer('pl'),
  lv: () => lightStemmer('lv'),
  et: () => lightStemmer('et'),
};

const cache = new Map<Language, Stem>();

/** The stemmer for `lang`, created on first use. Never throws on odd input: returns the token unchanged. */
export function stemmerFor(lang: Language): Stem {
  let stem = cache.get(lang);
  if (!stem) {
    const inner = FACTORIES[lang]();
    stem = (token) => {
      try {
        return inner(token) || token;
      } catch {
        return token;
      }
    };
    cache.set(lang, stem);
  }
  return stem;
}
