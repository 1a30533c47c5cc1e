/**
 * The subscription and local-addition API's shapes (admin/api/studio,
 * /tmp/api-subscriptions.md) as these pages read them, and the paths.
 */

export type Scope = 'all' | 'themes' | 'tiles';
export type NewTiles = 'automatic' | 'ask';
export type TileState = 'shown' | 'hidden' | 'waiting' | 'out_of_scope' | 'not_subscribed';

export interface LibraryView {
  library: { slug: string; name: string; kind: 'national' | 'region' };
  subscribed: boolean;
  inherited: boolean;
  scope: Scope | null;
  themeKeys: string[];
  newTiles: NewTiles | null;
  counts: { shown: number; waiting: number; hidden: number; outOfScope: number };
}

export interface SubscriptionsAnswer {
  municipality: { slug: string; name: string };
  access: 'read' | 'edit';
  libraries: LibraryView[];
}

export interface AdditionSummary {
  published: boolean;
  hasDraft: boolean;
  needsReview: boolean;
  editVersion: number;
}

export interface LibraryTile {
  library: { slug: string; kind: string };
  key: string;
  theme: string;
  sourceLang: string;
  title: string;
  languages: string[];
  revision: number;
  state: TileState;
  choice: 'show' | 'hide' | null;
  addition: AdditionSummary | null;
}

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

export interface AdditionListItem {
  library: { slug: string; kind: string };
  key: string;
  title: string;
  published: boolean;
  hasDraft: boolean;
  needsReview: boolean;
  reviewedRevision: number;
  tileRevision: number;
  editVersion: number;
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
