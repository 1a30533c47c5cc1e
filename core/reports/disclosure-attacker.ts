import type { Count, ProtectedTable, RawCell } from './disclosure.ts';

/**
 * Test support for the disclosure tests (no production code imports it): a
 * seeded random generator, random tables and query data, and an attacker
 * that is deliberately independent of disclosure-suppression.ts: it writes
 * down every "total = sum of its parts" a published table implies and
 * solves the linear system (Gauss-Jordan) for the hidden figures, as
 * someone with a spreadsheet would, knowing every published figure EXACTLY
 * (stronger than reality, where they are banded).
 */

/** mulberry32: a small seeded generator, so every random test is repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A count as report data look: many small ones (some exactly k-1), some large. */
export function randomCount(random: () => number, k: number): number {
  const roll = random();
  if (roll < 0.1) return k - 1;
  if (roll < 0.45) return randomInt(random, 1, k - 1);
  if (roll < 0.75) return randomInt(random, k, 3 * k);
  return randomInt(random, k, 80);
}

/** A random table over `dims` with distinct combinations of values, with up to `size` values per dimension. */
export function randomTable(random: () => number, dims: readonly string[], k: number, size = 7): RawCell[] {
  const extents = dims.map(() => randomInt(random, 1, size));
  const density = 0.3 + 0.7 * random();
  const cells: RawCell[] = [];
  const visit = (d: number, values: string[]): void => {
    if (d === dims.length) {
      if (random() < density || (cells.length === 0 && values.every((v) => v.endsWith('0')))) {
        const cell: RawCell = { count: randomCount(random, k) };
        dims.forEach((dim, i) => { cell[dim] = values[i]; });
        cells.push(cell);
      }
      return;
    }
    for (let v = 0; v < extents[d]; v++) visit(d + 1, [...values, `${dims[d]}${v}`]);
  };
  visit(0, []);
  return cells;
}

/** A figure of a table in the attacker's eyes: known exactly, or hidden. */
export interface Figure {
  label: string;
  value: number;
  published: boolean;
}

/** "figures[total] = sum of figures[parts]". */
export interface SumRule {
  total: number;
  parts: number[];
}

/** The figures and sum rules of a protected table, with the raw values beside them (cells in input order, no duplicates). */
export function tableFigures(raw: readonly RawCell[], dims: readonly string[], table: ProtectedTable): { figures: Figure[]; rules: SumRule[] } {
  const isShown = (count: Count) => typeof count === 'number';
  const figures: Figure[] = [{ label: 'total', value: raw.reduce((s, c) => s + c.count, 0), published: isShown(table.total) }];
  const cellIds = raw.map((cell, i) => figures.push({ label: `cell ${dims.map((d) => cell[d]).join('/')}`, value: cell.count, published: isShown(table.cells[i].count) }) - 1);
  if (dims.length !== 2) return { figures, rules: [{ total: 0, parts: cellIds }] };
  const rules: SumRule[] = [];
  const margin = (dim: string, totals: NonNullable<ProtectedTable['rowTotals']>) => {
    const ids: number[] = [];
    for (const t of totals) {
      const parts = cellIds.filter((_, i) => raw[i][dim] === t[dim]);
      const id = figures.push({ label: `${dim} ${t[dim]}`, value: parts.reduce((s, p) => s + figures[p].value, 0), published: isShown(t.count) }) - 1;
      rules.push({ total: id, parts });
      ids.push(id);
    }
    rules.push({ total: 0, parts: ids });
  };
  margin(dims[0], table.rowTotals ?? []);
  margin(dims[1], table.columnTotals ?? []);
  return { figures, rules };
}

/**
 * Every hidden figure the sum rules pin down exactly, with the value the
 * attacker computes for it (Gauss-Jordan on the hidden figures, the
 * published ones moved to the right-hand side).
 */
export function derivableFigures(figures: readonly Figure[], rules: readonly SumRule[]): Array<{ figure: number; value: number }> {
  const hidden = figures.map((f, i) => (f.published ? -1 : i)).filter((i) => i >= 0);
  const column = new Map(hidden.map((f, j) => [f, j]));
  const rows = rules.map((rule) => {
    const row = new Array<number>(hidden.length + 1).fill(0);
    const add = (f: number, sign: number) => {
      const j = column.get(f);
      if (j === undefined) row[hidden.length] -= sign * figures[f].value;
      else row[j] += sign;
    };
    add(rule.total, 1);
    for (const p of rule.parts) add(p, -1);
    return row;
  });
  const pivots: number[] = [];
  let r = 0;
  for (let j = 0; j < hidden.length && r < rows.length; j++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i][j]) > Math.abs(rows[best][j])) best = i;
    if (Math.abs(rows[best][j]) < 1e-9) continue;
    [rows[r], rows[best]] = [rows[best], rows[r]];
    const lead = rows[r][j];
    rows[r] = rows[r].map((v) => v / lead);
    for (let i = 0; i < rows.length; i++) {
      if (i === r || Math.abs(rows[i][j]) < 1e-12) continue;
      const factor = rows[i][j];
      rows[i] = rows[i].map((v, c) => v - factor * rows[r][c]);
    }
    pivots[r] = j;
    r++;
  }
  const found: Array<{ figure: number; value: number }> = [];
  for (let i = 0; i < r; i++) {
    const alone = rows[i].every((v, c) => c === pivots[i] || c === hidden.length || Math.abs(v) < 1e-9);
    if (alone) found.push({ figure: hidden[pivots[i]], value: Math.round(rows[i][hidden.length]) });
  }
  return found;
}

/** Raw counts per month × theme × language, as a municipality's question log over `months` months would give. */
export interface MonthlyData {
  months: string[];
  themes: string[];
  languages: string[];
  /** counts[month][theme][language] */
  counts: number[][][];
}

export function randomMonthlyData(random: () => number, k: number, months = 12): MonthlyData {
  const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const monthList = Array.from({ length: months }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
  const themes = names('theme', randomInt(random, 2, 6));
  const languages = names('lang', randomInt(random, 2, 6));
  const counts = monthList.map(() => themes.map(() => languages.map(() => (random() < 0.3 ? 0 : randomCount(random, k)))));
  return { months: monthList, themes, languages, counts };
}

/** The raw cells of one query: months [from, to] (indexes, inclusive), only the given languages, grouped by `dims`. */
export function queryCells(data: MonthlyData, from: number, to: number, languages: ReadonlySet<string>, dims: ReadonlyArray<'theme' | 'language'>): RawCell[] {
  const sums = new Map<string, RawCell>();
  for (let m = from; m <= to; m++) {
    data.themes.forEach((theme, t) => data.languages.forEach((language, l) => {
      const n = data.counts[m][t][l];
      if (n === 0 || !languages.has(language)) return;
      const values = { theme, language };
      const key = dims.map((d) => values[d]).join('/');
      const cell = sums.get(key) ?? { ...Object.fromEntries(dims.map((d) => [d, values[d]])), count: 0 };
      cell.count += n;
      sums.set(key, cell);
    }));
  }
  return [...sums.values()];
}
