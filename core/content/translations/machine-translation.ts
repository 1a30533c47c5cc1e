import { createHash } from 'node:crypto';
import { isLanguage, type Language } from '../../languages/index.ts';
import type { DbClient } from '../../platform/db.ts';
import {
  glossaryVersion, joinSegments, lineSegment, restoreLine, segmentMarkdown, type SegmentTranslator, type SegmentedText,
} from '../../translation/index.ts';
import { reserveCharacters, releaseCharacters } from './budget.ts';
import { problemFor, type TranslationProblem } from './translation-problems.ts';
import { currentHash, setProblems, writeMachineText, type TranslationText, type TranslationTile } from './translation-repository.ts';
import { isCurrent, nextState, translationState } from './translation-state.ts';

/**
 * Machine translation of tiles, segment by segment. A tile's source text is
 * cut into segments (title, each sentence of the body, each example
 * question, each link label; core/translation/markdown-segments.ts); each
 * segment's translation is cached in `translation_segments` under a hash of
 * (from, to, glossary version, segment), so republishing an unchanged text
 * sends nothing and a one-sentence change sends that sentence once per
 * language. Characters are reserved from the organization's monthly budget
 * before a request goes out and given back when it fails.
 */

/** The source text of one tile, cut into the segments DeepL receives. */
interface PreparedSource {
  title: string;
  body: SegmentedText;
  examples: string[];
  labels: string[];
  /** Every segment in that order: title, body segments, examples, labels. */
  all: string[];
}

function prepare(tile: TranslationTile, glossary: readonly string[]): PreparedSource | undefined {
  const source = tile.rows.get(tile.sourceLang);
  if (!source || !isLanguage(tile.sourceLang)) return undefined;
  const title = lineSegment(source.title, glossary);
  const body = segmentMarkdown(source.body, tile.sourceLang, glossary);
  const examples = source.examples.map((e) => lineSegment(e, glossary));
  const labels = tile.links.map((l) => lineSegment(l.label, glossary));
  return { title, body, examples, labels, all: [title, ...body.segments, ...examples, ...labels] };
}

function assemble(prepared: PreparedSource, translated: ReadonlyMap<string, string>): TranslationText {
  const t = (segment: string) => translated.get(segment) ?? segment;
  return {
    title: restoreLine(t(prepared.title)),
    body: joinSegments(prepared.body.frame, prepared.body.segments.map(t)),
    examples: prepared.examples.map((e) => restoreLine(t(e))),
    linkLabels: prepared.labels.map((l) => restoreLine(t(l))),
  };
}

const cacheKey = (from: string, to: string, glossary: string, segment: string) =>
  createHash('sha256').update(`${from}\u0001${to}\u0001${glossary}\u0001${segment}`).digest('hex');

/** One tile × language that needs a machine text, and the segments the cache does not hold. */
export interface MachineUnit {
  tile: TranslationTile;
  language: Language;
  prepared: PreparedSource;
  /** Cached translations by segment. */
  cached: Map<string, string>;
  /** Segments to send (each once). */
  uncached: string[];
  characters: number;
}

/** Whether a machine text should be made for this tile × language now. */
export function needsMachineText(tile: TranslationTile, language: string): boolean {
  const hash = currentHash(tile);
  const row = tile.rows.get(language);
  const facts = { isSource: language === tile.sourceLang, currentHash: hash, handoutHash: tile.handouts.get(language),
    row: row && { origin: row.origin, sourceHash: row.sourceHash, checked: row.checkedAt !== null } };
  const state = translationState(facts);
  if (state === 'source' || hash === '') return false;
  // Out for translation: the machine text is served meanwhile, when there is no current text.
  if (state === 'in_translation') return !facts.row || !isCurrent(facts.row, hash);
  const next = nextState(state, 'machine_translated');
  return 'state' in next && next.state === 'machine' && state !== 'machine';
}

/**
 * What translating `languages` of `tiles` would send: the units, with the
 * segments the cache already holds looked up.
 */
export async function planMachineUnits(
  db: DbClient, tiles: readonly TranslationTile[], languages: readonly string[], glossary: readonly string[],
): Promise<MachineUnit[]> {
  const version = glossaryVersion(glossary);
  const units: MachineUnit[] = [];
  for (const tile of tiles) {
    const prepared = prepare(tile, glossary);
    if (!prepared) continue;
    const wanted = languages.filter((language): language is Language => isLanguage(language) && needsMachineText(tile, language));
    if (wanted.length === 0) continue;
    // One cache lookup per tile, every language at once.
    const keysByLanguage = new Map(wanted.map((language) => [language, new Map(prepared.all.map((s) => [s, cacheKey(tile.sourceLang, language, version, s)]))]));
    const allKeys = [...new Set([...keysByLanguage.values()].flatMap((keys) => [...keys.values()]))];
    const hits = await db.translationSegment.findMany({ where: { key: { in: allKeys } }, select: { key: true, text: true } });
    const byKey = new Map(hits.map((h) => [h.key, h.text]));
    for (const [language, keys] of keysByLanguage) {
      const cached = new Map<string, string>();
      const uncached: string[] = [];
      for (const [segment, key] of keys) {
        const hit = byKey.get(key);
        if (hit !== undefined) cached.set(segment, hit);
        else uncached.push(segment);
      }
      units.push({ tile, language, prepared, cached, uncached, characters: uncached.reduce((n, s) => n + s.length, 0) });
    }
  }
  return units;
}

export interface UnitOutcome {
  tileKey: string;
  language: string;
  /** `translated`, or the problem that kept it from being made. */
  result: 'translated' | TranslationProblem['reason'];
  characters: number;
}

/**
 * Makes one unit's machine text: reserves its characters, sends the uncached
 * segments, caches them, writes the row (unchecked; a replaced human text is
 * kept as the suggestion) and clears the language's problem. Any failure is
 * recorded as the language's problem and nothing else changes.
 */
export async function translateUnit(
  db: DbClient, translator: SegmentTranslator, unit: MachineUnit, glossary: readonly string[], at: Date,
): Promise<UnitOutcome> {
  const { tile, language, prepared } = unit;
  const outcome = (result: UnitOutcome['result'], characters = 0): UnitOutcome => ({ tileKey: tile.key, language, result, characters });
  const fail = async (reason: TranslationProblem['reason']) => {
    await setProblems(db, tile.id, { [language]: { reason, at: at.toISOString() } });
    return outcome(reason);
  };
  const translated = new Map(unit.cached);
  if (unit.uncached.length > 0) {
    if (translator.status().enabled === false) return fail('deepl_off');
    if (!(await reserveCharacters(db, tile.organizationId, unit.characters, at))) return fail('over_budget');
    const answer = await translator.translateSegments(unit.uncached, tile.sourceLang as Language, language);
    if (!answer.ok) {
      await releaseCharacters(db, tile.organizationId, unit.characters, at);
      return fail(problemFor(answer.reason));
    }
    const version = glossaryVersion(glossary);
    const rows = unit.uncached.map((segment, i) => ({ key: cacheKey(tile.sourceLang, language, version, segment), text: answer.texts[i] }));
    await db.translationSegment.createMany({ data: rows, skipDuplicates: true });
    unit.uncached.forEach((segment, i) => translated.set(segment, answer.texts[i]));
  }
  await writeMachineText(db, tile, language, assemble(prepared, translated), currentHash(tile));
  await setProblems(db, tile.id, { [language]: undefined });
  return outcome('translated', unit.characters);
}
