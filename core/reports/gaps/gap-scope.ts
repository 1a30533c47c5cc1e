import type { Prisma } from '../../platform/db.ts';

/**
 * Whose gaps a view shows:
 * - a municipality's editors: every gap asked in their municipality's chats;
 * - the national editors: the gaps of national tiles across all
 *   municipalities ("not helpful" answers from a national tile) and every
 *   unanswered question, grouped across municipalities (nobody is named
 *   anywhere; a group says only how many people and municipalities).
 */
export type GapScope =
  | { kind: 'municipality'; organizationId: string }
  | { kind: 'national'; organizationId: string };

/** The rows of a scope, as a Prisma filter. */
export function scopeWhere(scope: GapScope): Prisma.ContentGapWhereInput {
  if (scope.kind === 'municipality') return { organizationId: scope.organizationId };
  return { OR: [{ kind: 'not_helpful', tileOwnerId: scope.organizationId }, { kind: 'unanswered' }] };
}
