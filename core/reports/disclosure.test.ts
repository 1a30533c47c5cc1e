import { describe, expect, it } from 'vitest';
import { isAppError } from '../platform/errors.ts';
import {
  DEFAULT_K, band, protectCount, protectQuantile, protectRate, protectTable, snapPeriod, type Count, type ProtectedTable, type RawCell,
} from './disclosure.ts';
import { derivableFigures, randomTable, seededRandom, tableFigures, type Figure, type SumRule } from './disclosure-attacker.ts';

function rejects(run: () => unknown): string {
  try { run(); } catch (err) { if (isAppError(err, 'VALIDATION_FAILED')) return err.message; throw err; }
  throw new Error('expected VALIDATION_FAILED');
}

describe('protectCount', () => {
  it('hides counts below k (zero too) and bands the others down to a multiple of k', () => {
    expect(DEFAULT_K).toBe(5);
    expect([0, 1, 4, 5, 9, 10, 12, 14, 15, 1234].map((n) => protectCount(n))).toEqual(['<5', '<5', '<5', 5, 5, 10, 10, 10, 15, 1230]);
    expect([9, 10, 27].map((n) => protectCount(n, 10))).toEqual(['<10', 10, 20]);
    expect(band(band(37))).toBe(band(37));
  });

  it('refuses a k below 2 or not whole, and negative counts', () => {
    expect(rejects(() => protectCount(3, 1))).toContain('at least 2');
    expect(rejects(() => protectCount(3, 2.5))).toContain('whole number');
    expect(rejects(() => protectCount(-1))).toContain('at least 0');
  });
});

describe('protectRate and protectQuantile', () => {
  it('gives no rate when either count is below k, and otherwise the ratio of the two bands', () => {
    expect(protectRate(4, 40)).toBeNull();
    expect(protectRate(12, 4)).toBeNull();
    expect(protectRate(12, 47)).toBe(10 / 45);
    expect(protectRate(9, 9)).toBe(1);
    // the rate next to the published denominator gives back only the published numerator
    for (let d = 5; d < 60; d++) for (let n = 5; n <= d; n++) expect(Math.round(protectRate(n, d)! * band(d))).toBe(band(n));
  });

  it('shows a percentile only with k values on each side of it', () => {
    expect(protectQuantile(12, 9, 0.5)).toBeNull();
    expect(protectQuantile(12, 10, 0.5)).toBe(12);
    expect(protectQuantile(30, 49, 0.9)).toBeNull();
    expect(protectQuantile(30, 50, 0.9)).toBe(30);
    expect(protectQuantile(null, 500, 0.5)).toBeNull();
  });
});

describe('snapPeriod', () => {
  it('widens a period to whole calendar months', () => {
    expect(snapPeriod('2026-03-15', '2026-05-02')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
    expect(snapPeriod('2024-02-29', '2024-02-29')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(snapPeriod('2025-12-31', '2026-02-01')).toEqual({ from: '2025-12-01', to: '2026-02-28' });
    expect(snapPeriod('2026-01-01', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });

  it('makes two requests that differ by a few days the same query', () => {
    expect(snapPeriod('2026-03-01', '2026-03-15')).toEqual(snapPeriod('2026-03-01', '2026-03-14'));
  });

  it('refuses malformed dates and a period that ends before it starts', () => {
    expect(rejects(() => snapPeriod('2026-02-30', '2026-03-01'))).toContain('from must be a date');
    expect(rejects(() => snapPeriod('2026-01-01', '26-3-1'))).toContain('to must be a date');
    expect(rejects(() => snapPeriod('2026-04-01', '2026-03-01'))).toContain('after it ends');
  });
});

describe('protectTable: examples', () => {
  it('one dimension: a lone small cell gets the smallest other cell hidden beside it', () => {
    const table = protectTable([{ theme: 'work', count: 40 }, { theme: 'housing', count: 12 }, { theme: 'health', count: 3 }, { theme: 'tax', count: 8 }], ['theme']);
    expect(table).toEqual({
      cells: [{ theme: 'work', count: 40 }, { theme: 'housing', count: 10 }, { theme: 'health', count: '<5' }, { theme: 'tax', count: '<5' }],
      total: 60,
    });
  });

  it('two dimensions: a small cell is hidden with three others in the cheapest rectangle, margins stay', () => {
    const cells: RawCell[] = [
      { theme: 'work', language: 'pl', count: 30 }, { theme: 'work', language: 'ro', count: 20 },
      { theme: 'housing', language: 'pl', count: 2 }, { theme: 'housing', language: 'ro', count: 9 },
      { theme: 'tax', language: 'pl', count: 11 }, { theme: 'tax', language: 'ro', count: 50 },
    ];
    const table = protectTable(cells, ['theme', 'language']);
    expect(table.cells.map((c) => c.count)).toEqual(['<5', '<5', '<5', '<5', 10, 50]);
    expect(table.total).toBe(120);
    expect(table.rowTotals).toEqual([{ theme: 'work', count: 50 }, { theme: 'housing', count: 10 }, { theme: 'tax', count: 60 }]);
    expect(table.columnTotals).toEqual([{ language: 'pl', count: 40 }, { language: 'ro', count: 75 }]);
  });

  it('no dimensions, no cells, duplicates and three dimensions', () => {
    expect(protectTable([{ count: 7 }], [])).toEqual({ cells: [{ count: 5 }], total: 5 });
    expect(protectTable([{ count: 3 }], [])).toEqual({ cells: [{ count: '<5' }], total: '<5' });
    expect(protectTable([], ['theme'])).toEqual({ cells: [], total: '<5' });
    expect(protectTable([{ theme: 'a', count: 3 }, { theme: 'a', count: 4 }, { theme: null, count: 9 }], ['theme']))
      .toEqual({ cells: [{ theme: 'a', count: 5 }, { theme: null, count: 5 }], total: 15 });
    const three = protectTable([{ a: 1, b: 1, c: 1, count: 30 }, { a: 1, b: 2, c: 1, count: 2 }, { a: 2, b: 1, c: 2, count: 8 }], ['a', 'b', 'c']);
    expect(three.cells.map((c) => c.count)).toEqual([30, '<5', '<5']);
    expect(three.rowTotals).toBeUndefined();
  });

  it('a row whose hidden cells all hold k-1 gets one more hidden (or "<5" = at most 4 would pin them)', () => {
    const table = protectTable([{ t: 'a', count: 4 }, { t: 'b', count: 4 }, { t: 'c', count: 9 }, { t: 'd', count: 20 }], ['t']);
    expect(table.cells.map((c) => c.count)).toEqual(['<5', '<5', '<5', 20]);
  });

  it('uses the deployment k', () => {
    const table = protectTable([{ t: 'a', count: 9 }, { t: 'b', count: 30 }, { t: 'c', count: 15 }], ['t'], 10);
    expect(table).toEqual({ cells: [{ t: 'a', count: '<10' }, { t: 'b', count: 30 }, { t: 'c', count: '<10' }], total: 50 });
  });
});

/** Every count of a protected table with the raw value it stands for. */
function published(raw: readonly RawCell[], dims: readonly string[], table: ProtectedTable): Array<{ label: string; value: number; count: Count }> {
  const { figures } = tableFigures(raw, dims, table);
  const counts: Count[] = [table.total, ...table.cells.map((c) => c.count)];
  if (dims.length === 2) counts.push(...table.rowTotals!.map((c) => c.count), ...table.columnTotals!.map((c) => c.count));
  return figures.map((f, i) => ({ label: f.label, value: f.value, count: counts[i] }));
}

const SHAPES = [['theme'], ['theme', 'language'], ['theme', 'language', 'channel']] as const;

describe('protectTable: properties over random tables (seeded)', () => {
  const random = seededRandom(20261207);
  const cases = Array.from({ length: 600 }, (_, i) => {
    const dims = SHAPES[i % SHAPES.length];
    const k = i % 5 === 4 ? 10 : 5;
    const raw = randomTable(random, dims, k, dims.length === 3 ? 4 : 7);
    return { dims, k, raw, table: protectTable(raw, dims, k) };
  });

  it('no published count is below k; each is a multiple of k standing for its band; every raw count below k is "<k"', () => {
    for (const { dims, k, raw, table } of cases) {
      for (const { value, count } of published(raw, dims, table)) {
        if (value < k) expect(count).toBe(`<${k}`);
        if (typeof count === 'number') {
          expect(count).toBeGreaterThanOrEqual(k);
          expect(count % k).toBe(0);
          expect(value >= count && value < count + k).toBe(true);
        } else {
          expect(count).toBe(`<${k}`);
        }
      }
    }
  });

  it('no hidden cell or total can be worked out from the others, even knowing every published figure exactly', () => {
    let hiddenTotal = 0;
    for (const { dims, raw, table } of cases) {
      const { figures, rules } = tableFigures(raw, dims, table);
      hiddenTotal += figures.filter((f) => !f.published).length;
      expect(derivableFigures(figures, rules).map(({ figure }) => figures[figure].label)).toEqual([]);
    }
    expect(hiddenTotal).toBeGreaterThan(1000);
  });

  it('no row, column or total has exactly one hidden member, and none has only hidden members of k-1 on one side', () => {
    for (const { dims, k, raw, table } of cases) {
      const { figures, rules } = tableFigures(raw, dims, table);
      for (const rule of rules) {
        const hiddenParts = rule.parts.filter((p) => !figures[p].published);
        const hidden = hiddenParts.length + (figures[rule.total].published ? 0 : 1);
        expect(hidden).not.toBe(1);
        if (figures[rule.total].published && hiddenParts.length > 0) expect(hiddenParts.every((p) => figures[p].value === k - 1)).toBe(false);
      }
    }
  });

  it('bands and "<k" read as "at most k-1": no row, column or total pins a small hidden cell to its value', () => {
    let small = 0;
    for (const { dims, k, raw, table } of cases) {
      const { figures, rules } = tableFigures(raw, dims, table);
      const counts = published(raw, dims, table).map((f) => f.count);
      for (const rule of rules) {
        const total = counts[rule.total];
        if (typeof total !== 'number') continue;
        const hidden = rule.parts.filter((p) => typeof counts[p] !== 'number');
        const shown = rule.parts.filter((p) => typeof counts[p] === 'number').map((p) => counts[p] as number);
        // hidden sum = total - shown parts, each known only to its band
        const sumLow = total - shown.reduce((s, c) => s + c + k - 1, 0);
        const sumHigh = total + k - 1 - shown.reduce((s, c) => s + c, 0);
        for (const p of hidden) {
          const low = Math.max(0, sumLow - (hidden.length - 1) * (k - 1));
          const high = Math.min(k - 1, sumHigh);
          const value = figures[p].value;
          if (value > 0 && value < k) {
            small++;
            expect(low === high && low === value).toBe(false);
          }
        }
      }
    }
    expect(small).toBeGreaterThan(500);
  });

  it('the attacker is real: against primary suppression alone it works out small cells exactly', () => {
    let leaks = 0;
    for (const { dims, k, raw, table } of cases) {
      const { figures, rules } = tableFigures(raw, dims, table);
      const naive: Figure[] = figures.map((f) => ({ ...f, published: f.value >= k }));
      for (const { figure, value } of derivableFigures(naive, rules as SumRule[])) {
        expect(value).toBe(naive[figure].value);
        if (value > 0 && value < k) leaks++;
      }
    }
    expect(leaks).toBeGreaterThan(100);
  });

  it('is deterministic: the same table twice gives the same figures', () => {
    for (const { dims, k, raw, table } of cases.slice(0, 100)) expect(protectTable(raw, dims, k)).toEqual(table);
  });
});
