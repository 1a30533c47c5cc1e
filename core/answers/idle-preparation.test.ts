import { describe, expect, it } from 'vitest';
import type { LayeredContent } from '../content/tile-source.ts';
import type { Language } from '../languages/index.ts';
import type { AnswerEngine } from './answer-engine.ts';
import { AnswerService, type TileSource } from './answer-service.ts';
import { IdlePreparation } from './idle-preparation.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

/** A stand-in engine with `pieces` pieces of preparation work, each busy for `busyMs`. */
function fakeEngine(pieces: number, busyMs = 0, fail = false): AnswerEngine & { done: number } {
  const engine = {
    done: 0,
    prepareNext(): boolean {
      if (fail) throw new Error('broken tile text');
      if (engine.done >= pieces) return false;
      const until = performance.now() + busyMs;
      while (performance.now() < until) { /* a build */ }
      engine.done++;
      return true;
    },
  };
  return engine as unknown as AnswerEngine & { done: number };
}

describe('IdlePreparation', () => {
  it('prepares every queued engine and then says it is idle', async () => {
    const idle = new IdlePreparation();
    const a = fakeEngine(5);
    const b = fakeEngine(3);
    idle.add(a, () => true);
    idle.add(b, () => true);
    expect(idle.pending).toBe(2);
    await idle.whenIdle();
    expect([a.done, b.done]).toEqual([5, 3]);
    expect(idle.pending).toBe(0);
    await expect(idle.whenIdle()).resolves.toBeUndefined();
  });

  it('works in slices: other events run between them', async () => {
    const idle = new IdlePreparation(() => {}, 2);
    const engine = fakeEngine(40, 0.5);
    idle.add(engine, () => true);
    const seenAt = await new Promise<number>((resolve) => setImmediate(() => resolve(engine.done)));
    expect(seenAt).toBeGreaterThan(0);
    expect(seenAt).toBeLessThan(40);
    await idle.whenIdle();
    expect(engine.done).toBe(40);
  });

  it('skips an engine that no longer serves questions', async () => {
    const idle = new IdlePreparation();
    const replaced = fakeEngine(5);
    idle.add(replaced, () => false);
    await idle.whenIdle();
    expect(replaced.done).toBe(0);
  });

  it('reports a failing preparation and goes on with the next engine', async () => {
    const errors: unknown[] = [];
    const idle = new IdlePreparation((error) => errors.push(error));
    const next = fakeEngine(2);
    idle.add(fakeEngine(1, 0, true), () => true);
    idle.add(next, () => true);
    await idle.whenIdle();
    expect(errors).toHaveLength(1);
    expect(next.done).toBe(2);
  });
});

describe('AnswerService prepares engines on shared libraries in idle moments', () => {
  const LANGS: Language[] = ['en', 'pl', 'bg', 'uk'];
  const library = { id: 'national', version: '1', tiles: SAMPLE_LIBRARY };
  const own = {
    id: 'testdorp-desk', key: 'testdorp-desk', ownerSlug: 'testdorp', theme: 'practical', sensitive: false, sourceLang: 'en' as const, links: [],
    content: {
      en: { title: 'Qorvaplein service desk', body: 'The Qorvaplein desk helps with forms on Tuesdays.', examples: ['Where is the Qorvaplein desk?'] },
      pl: { title: 'Punkt obsługi Qorvaplein', body: 'Punkt Qorvaplein pomaga z formularzami we wtorki.', examples: ['Gdzie jest punkt Qorvaplein?'] },
    },
  };
  const source: TileSource = {
    async layers(): Promise<LayeredContent> {
      return { languages: LANGS, libraries: [library], visible: [{ tile: own }, ...SAMPLE_LIBRARY.map((tile) => ({ tile, libraryId: library.id }))] };
    },
    async load() {
      return { tiles: [own, ...SAMPLE_LIBRARY], languages: LANGS };
    },
    async version() {
      return '1';
    },
  };
  const questions = ['Where is the Qorvaplein desk?', 'Gdzie jest punkt Qorvaplein?', 'minimum wage per hour', 'my boss keeps my passport', 'Как да получа BSN номер?'];

  it('leaves nothing to build on a question, and answers exactly as without preparation', async () => {
    // The first engine of a service is warmed up (it brings the service's first languages); the second is not.
    const prepared = new AnswerService(source, { recheckMs: 60_000 });
    const lazy = new AnswerService(source, { recheckMs: 60_000, prepareInIdle: false });
    await prepared.engine('first');
    await lazy.engine('first');
    const engine = await prepared.engine('second');
    const untouched = await lazy.engine('second');
    await Promise.all([prepared.whenPrepared(), lazy.whenPrepared()]);
    expect(engine.prepareNext()).toBe(false);
    expect(untouched.prepareNext()).toBe(true);
    for (const question of questions) {
      const a = engine.ask(question);
      const b = untouched.ask(question);
      expect({ outcome: a.outcome, tile: a.tile?.id, confidence: a.confidence }, question).toEqual({ outcome: b.outcome, tile: b.tile?.id, confidence: b.confidence });
    }
  });
});
