import type { DbClient } from '../../platform/db.ts';
import { openGaps, organizationSlugs } from './gap-repository.ts';
import type { GapScope } from './gap-scope.ts';
import { groupGaps, MIN_PEOPLE, type GapGroup } from './grouping.ts';

/** A group as editors see it: the tile's owner by slug (never an organization id). */
export interface ShownGapGroup extends Omit<GapGroup, 'tileOwnerId'> {
  tileOwner: string | null;
}

/** What editors see: the groups at least {@link MIN_PEOPLE} people asked, and how many questions are still below that. */
export interface GapGroupsView {
  groups: ShownGapGroup[];
  /** Open questions in groups fewer people asked (not shown). */
  hidden: number;
  minPeople: number;
}

/** The scope's open content gaps, grouped by language and similarity (grouping.ts). */
export async function loadGapGroups(
  db: DbClient, scope: GapScope, now: Date, filter: { language?: string; kind?: 'unanswered' | 'not_helpful' } = {},
): Promise<GapGroupsView> {
  const rows = await openGaps(db, scope, now, filter);
  const { groups, hidden } = groupGaps(rows, MIN_PEOPLE);
  const owners = await organizationSlugs(db, [...new Set(groups.map((g) => g.tileOwnerId).filter((id): id is string => id !== null))]);
  return {
    groups: groups.map(({ tileOwnerId, ...group }) => ({ ...group, tileOwner: tileOwnerId ? owners.get(tileOwnerId) ?? null : null })),
    hidden,
    minPeople: MIN_PEOPLE,
  };
}
