/**
 * The subscription and local-addition API's shapes (admin/api/studio,
 * /tmp/api-subscriptions.md) as these pages read them, and the paths.
 */

/*
 * Shapes core already declares are imported as types only (erased by the
 * bundler, so no core code enters the browser bundle).
 */
import type { AdditionListItem as CoreAdditionListItem } from '../../../../../core/content/local-additions.ts';
import type { AdditionSummary, LibraryRef, LibraryTileView, LibraryView as CoreLibraryView } from '../../../../../core/content/subscription-states.ts';
import type { LibraryTileState, NewTilePolicy, SubscriptionScope } from '../../../../../core/content/visibility.ts';

export type { AdditionSummary };
export type Scope = SubscriptionScope;
export type NewTiles = NewTilePolicy;
/** A published library tile's state (an unpublished one is not listed). */
export type TileState = Exclude<LibraryTileState, 'unpublished'>;

/** A library as the municipality subscribes to it, as the route answers it (the library without its database id). */
export interface LibraryView extends Omit<CoreLibraryView, 'library'> {
  library: Omit<LibraryRef, 'id'>;
}

export interface SubscriptionsAnswer {
  municipality: { slug: string; name: string };
  access: 'read' | 'edit';
  libraries: LibraryView[];
}

/** A published library tile with its state for the municipality, as the route answers it (without the database id). */
export type LibraryTile = Omit<LibraryTileView, 'id'>;

export interface AdditionText { body: string; origin: string; sourceVersion: number }
export type AdditionTexts = Record<string, AdditionText>;

export interface Addition {
  sourceLang: string;
  published: AdditionTexts | null;
  draft: AdditionTexts | null;
  version: number;
  editVersion: number;
  reviewedRevision: number;
  tileRevision: number;
  needsReview: boolean;
  updatedAt: string;
  updatedBy: { id: string; name: string } | null;
}

export interface AdditionDetail {
  tile: { library: { slug: string; kind: string }; key: string; sourceLang: string; revision: number; state: TileState | 'unpublished'; content: Record<string, { title: string; body: string }> };
  addition: Addition | null;
  preview: Record<string, { title: string; body: string }>;
}

/** A list entry of the municipality's additions, as JSON (the date as an ISO string). */
export interface AdditionListItem extends Omit<CoreAdditionListItem, 'updatedAt'> {
  updatedAt: string;
}

export interface Theme { key: string; names: Record<string, string>; icon: string | null }

const enc = encodeURIComponent;

/** API paths. */
export const subscriptionPaths = {
  subscriptions: (slug: string) => `/api/layers/${enc(slug)}/subscriptions`,
  subscription: (slug: string, library: string) => `/api/layers/${enc(slug)}/subscriptions/${enc(library)}`,
  tiles: (slug: string, state?: TileState) => `/api/layers/${enc(slug)}/library-tiles${state ? `?state=${state}` : ''}`,
  tileAction: (slug: string, library: string, key: string, action: 'accept' | 'hide' | 'show') =>
    `/api/layers/${enc(slug)}/library-tiles/${enc(library)}/${enc(key)}/${action}`,
  additions: (slug: string, needsReview = false) => `/api/layers/${enc(slug)}/local-additions${needsReview ? '?needsReview=true' : ''}`,
  addition: (slug: string, library: string, key: string) => `/api/layers/${enc(slug)}/local-additions/${enc(library)}/${enc(key)}`,
  themes: () => '/api/themes',
};

/** App paths (without /app). */
export const subscriptionPages = {
  municipality: (slug: string) => `/studio/subscriptions/${enc(slug)}`,
  addition: (slug: string, library: string, key: string) => `/studio/subscriptions/${enc(slug)}/additions/${enc(library)}/${enc(key)}`,
};
