import { gapTerms, jaccard } from './gap-terms.ts';

/**
 * Groups open content gaps by language and similarity, and keeps a group
 * only once enough different people asked (default 3): one person asking
 * the same thing five times is not a gap in the content, and a question
 * asked by one or two people could point at them.
 *
 * Within one language (and, for "not helpful", one tile) each question
 * joins the group it is most similar to on average (Jaccard over the
 * answer engine's stems, skeleton prefixes and concepts; see gap-terms.ts),
 * when that average reaches {@link SIMILARITY_THRESHOLD}; otherwise it
 * starts a group. Questions are taken oldest first, so the result is the
 * same for the same rows. Pure.
 */

/** A gap as grouping needs it. */
export interface GapRow {
  id: string;
  organizationId: string;
  kind: 'unanswered' | 'not_helpful';
  language: string;
  text: string;
  tileKey: string | null;
  tileOwnerId: string | null;
  personKey: string;
  createdAt: Date;
}

/** One group of similar questions. */
export interface GapGroup {
  /** The id of its oldest question (stable while the group lasts). */
  id: string;
  kind: GapRow['kind'];
  language: string;
  /** For "not helpful": the tile that did not help, and its owner. */
  tileKey: string | null;
  tileOwnerId: string | null;
  /** The question most like the others: the suggested example question. */
  example: string;
  /** Every question of the group, newest first. */
  questions: Array<{ id: string; text: string; day: string }>;
  /** How many questions, how many different people, how many municipalities. */
  count: number;
  people: number;
  municipalities: number;
  firstSeen: Date;
  lastSeen: Date;
}

/** Average similarity a question needs to join a group. */
export const SIMILARITY_THRESHOLD = 0.3;
/** Different people a group needs before editors see it. */
export const MIN_PEOPLE = 3;

interface Building {
  rows: GapRow[];
  terms: Array<Set<string>>;
}

function partitionKey(row: GapRow): string {
  return row.kind === 'not_helpful' ? `${row.language}\u0001nh\u0001${row.tileOwnerId ?? ''}\u0001${row.tileKey ?? ''}` : `${row.language}\u0001un`;
}

function averageSimilarity(terms: Set<string>, group: Building): number {
  let sum = 0;
  for (const other of group.terms) sum += jaccard(terms, other);
  return sum / group.terms.length;
}

function finish(group: Building): GapGroup {
  const rows = group.rows;
  let best = 0;
  let bestScore = -1;
  rows.forEach((_, i) => {
    const score = averageSimilarity(group.terms[i], group) * 1000 - rows[i].text.length / 1000;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    id: first.id,
    kind: first.kind,
    language: first.language,
    tileKey: first.tileKey,
    tileOwnerId: first.tileOwnerId,
    example: rows[best].text,
    questions: [...rows].reverse().map((r) => ({ id: r.id, text: r.text, day: r.createdAt.toISOString().slice(0, 10) })),
    count: rows.length,
    people: new Set(rows.map((r) => r.personKey)).size,
    municipalities: new Set(rows.map((r) => r.organizationId)).size,
    firstSeen: first.createdAt,
    lastSeen: last.createdAt,
  };
}

/**
 * Every group of `rows` (any order) that at least `minPeople` different
 * people asked, the most asked first; `hidden` counts the questions in
 * groups still below that.
 */
export function groupGaps(rows: readonly GapRow[], minPeople = MIN_PEOPLE): { groups: GapGroup[]; hidden: number } {
  const ordered = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const partitions = new Map<string, Building[]>();
  for (const row of ordered) {
    const terms = gapTerms(row.text, row.language);
    const key = partitionKey(row);
    const groups = partitions.get(key) ?? [];
    partitions.set(key, groups);
    let target: Building | undefined;
    let bestScore = 0;
    for (const group of groups) {
      const score = averageSimilarity(terms, group);
      if (score > bestScore) {
        bestScore = score;
        target = group;
      }
    }
    if (target && bestScore >= SIMILARITY_THRESHOLD) {
      target.rows.push(row);
      target.terms.push(terms);
    } else {
      groups.push({ rows: [row], terms: [terms] });
    }
  }
  const all = [...partitions.values()].flat().map(finish);
  const shown = all.filter((g) => g.people >= minPeople);
  shown.sort((a, b) => b.people - a.people || b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime() || a.id.localeCompare(b.id));
  const hidden = all.filter((g) => g.people < minPeople).reduce((n, g) => n + g.count, 0);
  return { groups: shown, hidden };
}
