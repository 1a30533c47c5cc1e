/** The content-gap API's shapes and paths (admin/api/gaps). */

export interface GapQuestion { id: string; text: string; day: string }

export interface GapGroup {
  id: string;
  kind: 'unanswered' | 'not_helpful';
  language: string;
  tileKey: string | null;
  tileOwner: string | null;
  example: string;
  questions: GapQuestion[];
  count: number;
  people: number;
  municipalities: number;
  firstSeen: string;
  lastSeen: string;
}

export interface GapList {
  organization: { slug: string; name: string; kind: string };
  scope: 'municipality' | 'national';
  minPeople: number;
  hidden: number;
  groups: GapGroup[];
}

export interface GapActionAnswer {
  gaps: number;
  status: 'added_as_example' | 'drafted' | 'dismissed';
  tile?: { key: string; layer: string; added?: boolean };
}

/** A layer's tile as `GET /api/layers/:slug/tiles` lists it (what the tile choice needs). */
export interface LayerTile { key: string; title: string; status: string; sourceLang: string }

const seg = encodeURIComponent;

export const gapPaths = {
  list: (slug: string, language?: string) => `/api/gaps/${seg(slug)}${language ? `?language=${seg(language)}` : ''}`,
  example: (slug: string) => `/api/gaps/${seg(slug)}/example`,
  draft: (slug: string) => `/api/gaps/${seg(slug)}/draft`,
  dismiss: (slug: string) => `/api/gaps/${seg(slug)}/dismiss`,
  tiles: (slug: string) => `/api/layers/${seg(slug)}/tiles`,
  themes: () => '/api/themes',
  /** The staff app's page of a tile (a router path, under /app). */
  tilePage: (layer: string, key: string) => `/studio/layers/${seg(layer)}/tiles/${seg(key)}`,
  /** This page for another organization (a router path). */
  page: (slug: string) => `/studio/gaps/${seg(slug)}`,
};
