import { StatusBadge } from '../../components/status-badge.tsx';

/** What a tile's badges say, from the fields the list and the detail share. */
export function tileBadges(tile: {
  status: string;
  hasDraft?: boolean;
  publishAt?: string | null;
  unpublishAt?: string | null;
  reviewOverdue?: boolean;
  staleLanguages?: string[];
}): string[] {
  const badges: string[] = [];
  if (tile.status === 'draft') badges.push('draft');
  else if (tile.status === 'published') badges.push('published');
  else badges.push('unpublished');
  if (tile.status !== 'draft' && tile.hasDraft) badges.push('changed');
  if (tile.publishAt || tile.unpublishAt) badges.push('scheduled');
  if (tile.reviewOverdue) badges.push('overdue');
  if (tile.staleLanguages && tile.staleLanguages.length > 0) badges.push('stale');
  return badges;
}

/** The tile's status as words with colours (draft, published, scheduled, overdue, ...). */
export function TileBadges(props: Parameters<typeof tileBadges>[0]) {
  return <span className="tile-badges">{tileBadges(props).map((b) => <StatusBadge key={b} status={b} />)}</span>;
}
