import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VisibleTile } from '../content/types.ts';
import type { Language } from '../languages/index.ts';
import { AnswerEngine } from './answer-engine.ts';
import { OUT_OF_SCOPE_CASES } from './testing/out-of-scope-cases.ts';

/** The demo national library (18 languages), as the engine sees it. */
function nationalLibrary(): VisibleTile[] {
  const file = new URL('../../prisma/demo/national-library.json', import.meta.url);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { tiles: Array<Omit<VisibleTile, 'id' | 'ownerSlug' | 'sensitive' | 'links'>> };
  return data.tiles.map((t) => ({ ...t, id: t.key, ownerSlug: 'nl', sensitive: false, links: [] }));
}

const engine = new AnswerEngine(nationalLibrary());
const cases = Object.entries(OUT_OF_SCOPE_CASES) as Array<[Language, (typeof OUT_OF_SCOPE_CASES)[Language]]>;
const notAnswered = (text: string) => ['unanswered', 'handoff'].includes(engine.ask(text).outcome);

/**
 * Questions no tile answers (a car, a loan, a phone plan, a visa for a partner, a speeding ticket...):
 * the engine should say it does not know rather than offer a tile that shares a generic word.
 * Measured when written: 71 of 108 before the lexicon work, 75 to 80 of 108 after it, 93 of 108 once the
 * engine told "I don't know" to questions whose everyday topic the best tile lacks (confidence.ts). The floor
 * sits below that because the figure also moves with the engine's confidence model.
 */
describe('questions outside the library', () => {
  it('are mostly not answered with a tile', () => {
    const all = cases.flatMap(([, c]) => c.none);
    const refused = all.filter(notAnswered).length;
    expect(refused / all.length).toBeGreaterThanOrEqual(0.8);
  });

  it.each(cases.flatMap(([lang, c]) => c.inScope.map(([text, key]) => [lang, text, key])))('%s: the in-scope look-alike "%s" still gets %s', (_lang, text, key) => {
    const answer = engine.ask(text);
    // One look-alike ("zdravotni pojisteni") is offered as a choice next to the care allowance: the right tile is in it.
    expect([answer.tile?.key, ...answer.alternatives.map((t) => t.key)]).toContain(key);
    expect(['answered', 'clarify']).toContain(answer.outcome);
  });
});
