import { describe, expect, it } from 'vitest';
import { band, protectCount, protectTable, snapPeriod, type Count, type ProtectedTable } from './disclosure.ts';
import { queryCells, randomInt, randomMonthlyData, seededRandom, type MonthlyData } from './disclosure-attacker.ts';

/**
 * The attacks of issue 13 as tests: someone who may ask any period of whole
 * months, any language filter and any breakdown subtracts one published
 * figure from another (overlapping periods, nested filters, a total and a
 * filtered total, a total and its published cells) to get at a count below
 * k. What banding guarantees, asserted below for every pair of figures:
 *
 *   (G1) every difference of two published counts is a multiple of k: 0 or
 *        at least k, never 1 to k-1 (any sum or difference of any number of
 *        published counts likewise);
 *   (G2) the true difference is never pinned down: the values consistent
 *        with the two published counts are at least k in number, and when
 *        the published difference is 0 they are exactly 0 to k-1, which is
 *        what `<k` says anyway;
 *   (G3) the same counts always publish the same way (no noise to average).
 *
 * Each attack also runs against exact publication (primary suppression
 * only), to show the scenario is real: there it reveals small counts.
 */

const K = 5;

interface Query {
  from: number;
  to: number;
  languages: Set<string>;
  dims: Array<'theme' | 'language'>;
}

/** Every published figure of a query, keyed so that the same figure of another query matches: the total, cells, row and column totals. */
function figures(data: MonthlyData, query: Query, k: number): Map<string, { count: Count; value: number }> {
  const raw = queryCells(data, query.from, query.to, query.languages, query.dims);
  const table: ProtectedTable = protectTable(raw, query.dims, k);
  const out = new Map<string, { count: Count; value: number }>();
  out.set('total', { count: table.total, value: raw.reduce((s, c) => s + c.count, 0) });
  table.cells.forEach((cell, i) => out.set(`cell ${query.dims.map((d) => cell[d]).join('/')}`, { count: cell.count, value: raw[i].count }));
  for (const [totals, dim] of [[table.rowTotals, 'theme'], [table.columnTotals, 'language']] as const) {
    for (const t of totals ?? []) {
      out.set(`cell ${t[dim]}`, { count: t.count, value: raw.filter((c) => c[dim] === t[dim]).reduce((s, c) => s + c.count, 0) });
    }
  }
  return out;
}

interface Tally { compared: number; exactLeaks: number }

/**
 * Compares every figure two queries both publish. `nested`: query b counts
 * a subset of query a's rows (its true difference is at least 0).
 */
function attackPair(data: MonthlyData, a: Query, b: Query, nested: boolean, tally: Tally, k = K): void {
  const first = figures(data, a, k);
  const second = figures(data, b, k);
  for (const [key, x] of first) {
    const y = second.get(key);
    const trueDiff = x.value - (y?.value ?? 0);
    if (nested && trueDiff > 0 && trueDiff < k && x.value >= k && (y?.value ?? 0) >= k) tally.exactLeaks++;
    if (!y || typeof x.count !== 'number' || typeof y.count !== 'number') continue; // not computable
    tally.compared++;
    const shown = x.count - y.count;
    expect(Math.abs(shown) % k).toBe(0); // G1
    expect(Math.abs(shown) === 0 || Math.abs(shown) >= k).toBe(true);
    const lowest = nested ? Math.max(0, shown - (k - 1)) : shown - (k - 1);
    const highest = shown + (k - 1);
    expect(trueDiff >= lowest && trueDiff <= highest).toBe(true);
    expect(highest - lowest + 1).toBeGreaterThanOrEqual(k); // G2
    if (nested && shown === 0) expect([lowest, highest]).toEqual([0, k - 1]);
  }
}

function allLanguages(data: MonthlyData): Set<string> {
  return new Set(data.languages);
}

function randomDims(random: () => number): Query['dims'] {
  return [[], ['theme'], ['language'], ['theme', 'language']][randomInt(random, 0, 3)] as Query['dims'];
}

describe('differencing attacks (seeded random data, 40 municipalities × 40 query pairs)', () => {
  const datasets = Array.from({ length: 40 }, (_, i) => ({ data: randomMonthlyData(seededRandom(1000 + i), K), random: seededRandom(5000 + i) }));

  it('nested periods (Jan–Mar against Jan–Feb, against Feb–Mar, against one month)', () => {
    const tally: Tally = { compared: 0, exactLeaks: 0 };
    for (const { data, random } of datasets) {
      for (let q = 0; q < 40; q++) {
        const from = randomInt(random, 0, 10);
        const to = randomInt(random, from + 1, 11);
        const innerFrom = randomInt(random, from, to);
        const innerTo = randomInt(random, innerFrom, to);
        if (innerFrom === from && innerTo === to) continue;
        const dims = randomDims(random);
        const languages = allLanguages(data);
        attackPair(data, { from, to, languages, dims }, { from: innerFrom, to: innerTo, languages, dims }, true, tally);
      }
    }
    expect(tally.compared).toBeGreaterThan(2000);
    expect(tally.exactLeaks).toBeGreaterThan(100);
  });

  it('overlapping periods (Jan–Mar against Feb–Apr)', () => {
    const tally: Tally = { compared: 0, exactLeaks: 0 };
    for (const { data, random } of datasets) {
      for (let q = 0; q < 40; q++) {
        const from = randomInt(random, 0, 9);
        const to = randomInt(random, from + 1, 10);
        const shift = randomInt(random, 1, to - from);
        const dims = randomDims(random);
        const languages = allLanguages(data);
        attackPair(data, { from, to, languages, dims }, { from: from + shift, to: Math.min(11, to + shift), languages, dims }, false, tally);
      }
    }
    expect(tally.compared).toBeGreaterThan(2000);
  });

  it('nested filters (all languages against all but one) and a total against a filtered total', () => {
    const tally: Tally = { compared: 0, exactLeaks: 0 };
    for (const { data, random } of datasets) {
      for (let q = 0; q < 40; q++) {
        const from = randomInt(random, 0, 11);
        const to = randomInt(random, from, 11);
        const dims: Query['dims'] = random() < 0.5 ? [] : ['theme'];
        const all = allLanguages(data);
        const fewer = new Set(all);
        fewer.delete(data.languages[randomInt(random, 0, data.languages.length - 1)]);
        attackPair(data, { from, to, languages: all, dims }, { from, to, languages: fewer, dims }, true, tally);
        const one = new Set([data.languages[randomInt(random, 0, data.languages.length - 1)]]);
        attackPair(data, { from, to, languages: fewer, dims }, { from, to, languages: new Set([...fewer].filter((l) => !one.has(l))), dims }, true, tally);
      }
    }
    expect(tally.compared).toBeGreaterThan(1500);
    expect(tally.exactLeaks).toBeGreaterThan(50);
  });

  it('a total against the sum of its published cells, and any sum or difference of published counts', () => {
    for (const { data, random } of datasets) {
      for (let q = 0; q < 40; q++) {
        const from = randomInt(random, 0, 11);
        const query: Query = { from, to: randomInt(random, from, 11), languages: allLanguages(data), dims: randomDims(random) };
        const all = [...figures(data, query, K).values()];
        const numbers = all.map((f) => f.count).filter((c): c is number => typeof c === 'number');
        for (const n of numbers) expect(n % K).toBe(0); // so every integer combination is a multiple of K too
        const total = all[0];
        if (typeof total.count !== 'number' || query.dims.length !== 1) continue;
        const cells = all.slice(1);
        const shownCells = cells.filter((c) => typeof c.count === 'number');
        const rest = total.count - shownCells.reduce((s, c) => s + (c.count as number), 0);
        const trueRest = total.value - shownCells.reduce((s, c) => s + c.value, 0);
        expect(Math.abs(rest) % K).toBe(0);
        // the hidden cells' sum lies anywhere in a range of at least K values
        const lowest = Math.max(0, rest - shownCells.length * (K - 1));
        const highest = rest + K - 1;
        expect(trueRest >= lowest && trueRest <= highest).toBe(true);
        if (cells.length > shownCells.length) expect(highest - lowest + 1).toBeGreaterThanOrEqual(K);
      }
    }
  });

  it('asking again, or for a few days more or less, teaches nothing new', () => {
    const { data } = datasets[0];
    const query: Query = { from: 2, to: 5, languages: allLanguages(data), dims: ['theme', 'language'] };
    expect(figures(data, query, K)).toEqual(figures(data, query, K)); // G3
    expect(snapPeriod('2025-03-02', '2025-06-17')).toEqual(snapPeriod('2025-03-01', '2025-06-30'));
  });
});

describe('many overlapping periods at once (exhaustive search of every consistent history)', () => {
  it('three months and every window of them narrow a small month but never pin it down to one value', () => {
    const random = seededRandom(42);
    const windows = [[0, 0], [1, 1], [2, 2], [0, 1], [1, 2], [0, 2]] as const;
    let narrowed = 0;
    for (let instance = 0; instance < 150; instance++) {
      const months = [0, 1, 2].map(() => (random() < 0.5 ? randomInt(random, 1, K - 1) : randomInt(random, 0, 30)));
      const shown = windows.map(([a, b]) => protectCount(months.slice(a, b + 1).reduce((s, n) => s + n, 0), K));
      const fits = (n: number, count: Count) => (typeof count === 'number' ? band(n, K) === count : n < K);
      const possible: Array<Set<number>> = [new Set(), new Set(), new Set()];
      for (let x = 0; x <= 34; x++) for (let y = 0; y <= 34; y++) for (let z = 0; z <= 34; z++) {
        const m = [x, y, z];
        if (windows.every(([a, b], w) => fits(m.slice(a, b + 1).reduce((s, n) => s + n, 0), shown[w]))) m.forEach((v, i) => possible[i].add(v));
      }
      months.forEach((value, i) => {
        expect(possible[i].has(value)).toBe(true);
        if (value > 0 && value < K) {
          expect(possible[i].size).toBeGreaterThanOrEqual(2);
          if (possible[i].size < K) narrowed++;
        }
      });
    }
    // Stated plainly: combining six banded windows DOES narrow most small months below the K candidates
    // of `<5` (to 3 or 4 values, e.g. "1 to 4", "2 to 4"), never to one value (the README's residual risk).
    expect(narrowed).toBeGreaterThan(0);
  });
});
