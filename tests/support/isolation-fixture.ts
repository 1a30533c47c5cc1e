import type { MembershipRole } from '../../core/staff/index.ts';

/**
 * The isolation matrix's world and its EXPECTED answers, written out as
 * data (never computed by the code under test). The expectations follow the
 * named policies of core/access/policies.ts:
 * - layerAccess / maySeeLayer / mayEditLayer: a layer's own staff see it
 *   (editors and administrators edit); everyone sees the national library;
 *   a region is seen by the staff of its municipalities; an employer or
 *   housing provider by the staff of the municipalities where it is active;
 * - mayManageSubscriptions: the municipality's editors and administrators;
 * - mayManageStaff: the organization's administrators and national administrators;
 * - mayManageSettings, mayReadAuditLog: the organization's administrators;
 * - mayManageOrganizations: national administrators;
 * - maySeeEntryCodes / mayManageEntryCodes: the municipality's editors,
 *   administrators, outreach workers (see) / editors and administrators,
 *   with an employer or housing-provider layer administrators only (change).
 * A caller who may not know something exists gets 404, one who may see it
 * but not change it 403.
 */

export type OrgSlug = 'nl' | 'holland' | 'demostad' | 'otherstad' | 'agrifarm' | 'farawayfarm' | 'flexwonen';
export type OrgKind = 'national' | 'region' | 'municipality' | 'employer' | 'housing_provider';

export interface FixtureOrg {
  slug: OrgSlug;
  name: string;
  kind: OrgKind;
  parent?: OrgSlug;
  /** Employers and housing providers: municipalities where the layer is active. */
  activeIn?: OrgSlug[];
}

/** The organizations (creation order: parents first). */
export const ORGS: readonly FixtureOrg[] = [
  { slug: 'nl', name: 'Rijksoverheid', kind: 'national' },
  { slug: 'holland', name: 'Regio Holland', kind: 'region' },
  { slug: 'demostad', name: 'Demostad', kind: 'municipality', parent: 'holland' },
  { slug: 'otherstad', name: 'Otherstad', kind: 'municipality', parent: 'holland' },
  { slug: 'agrifarm', name: 'Agrifarm', kind: 'employer', parent: 'demostad', activeIn: ['demostad'] },
  { slug: 'farawayfarm', name: 'Faraway Farm', kind: 'employer', parent: 'otherstad', activeIn: ['otherstad'] },
  { slug: 'flexwonen', name: 'Flexwonen', kind: 'housing_provider', parent: 'demostad', activeIn: ['demostad'] },
];

/** One organization of each kind that has staff: the callers' organizations. */
export const STAFFED: readonly OrgSlug[] = ['nl', 'holland', 'demostad', 'agrifarm', 'flexwonen'];

/** Every staff role; the order of the five letters in the tables below. */
export const ROLES: readonly MembershipRole[] = ['editor', 'outreach_worker', 'analyst', 'admin', 'translator'];

/** Every target: the columns of the tables below. */
export const TARGETS: readonly OrgSlug[] = ['nl', 'holland', 'demostad', 'otherstad', 'agrifarm', 'farawayfarm', 'flexwonen'];

/** What each target is to a caller of each organization (for the printed matrix). */
export function targetRole(caller: OrgSlug, target: OrgSlug): string {
  if (caller === target) return 'own layer';
  const relation: Record<OrgSlug, Partial<Record<OrgSlug, string>>> = {
    nl: { holland: 'a region', demostad: 'a municipality', otherstad: 'a municipality', agrifarm: 'an employer', farawayfarm: 'an employer', flexwonen: 'a housing provider' },
    holland: { nl: 'parent national', demostad: 'its municipality', otherstad: 'its municipality', agrifarm: 'employer active in its municipality', farawayfarm: 'employer active in its municipality', flexwonen: 'housing provider active in its municipality' },
    demostad: { nl: 'parent national', holland: 'parent region', otherstad: 'another municipality', agrifarm: 'employer active in it', farawayfarm: 'employer active elsewhere', flexwonen: 'housing provider active in it' },
    otherstad: {},
    agrifarm: { nl: 'parent national', holland: 'region of its home municipality', demostad: 'its home municipality', otherstad: 'another municipality', farawayfarm: 'employer active elsewhere', flexwonen: 'housing provider active in its municipality' },
    farawayfarm: {},
    flexwonen: { nl: 'parent national', holland: 'region of its home municipality', demostad: 'its home municipality', otherstad: 'another municipality', agrifarm: 'employer active in its municipality', farawayfarm: 'employer active elsewhere' },
  };
  return relation[caller][target] ?? 'other';
}

/**
 * An expected answer per role, five letters in {@link ROLES} order
 * (editor, outreach_worker, analyst, admin, translator; a translator is
 * answered as an analyst everywhere but where translations are written):
 * `E` 2xx (allowed), `F` 403 (may see, may not change), `N` 404 (may not know it exists),
 * `B` 400 (may know it, but the request makes no sense for that kind of organization).
 */
export type Cell = string;
export type Table = Record<string, Record<OrgSlug, Cell>>;

/** Builds a table row from the seven cells in {@link TARGETS} order. */
function row(...cells: Cell[]): Record<OrgSlug, Cell> {
  if (cells.length !== TARGETS.length || cells.some((c) => !/^[EFNB]{5}$/.test(c))) throw new Error(`bad row ${cells.join(' ')}`);
  return Object.fromEntries(TARGETS.map((t, i) => [t, cells[i]])) as Record<OrgSlug, Cell>;
}

/** Reading a layer's tiles (layerAccess read). */
//                                nl      holland demostad otherstad agrifarm faraway flexwonen
export const LAYER_READ: Table = {
  nl: /*        */ row('EEEEE', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('EEEEE', 'EEEEE', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('EEEEE', 'EEEEE', 'EEEEE', 'NNNNN', 'EEEEE', 'NNNNN', 'EEEEE'),
  agrifarm: /*  */ row('EEEEE', 'NNNNN', 'NNNNN', 'NNNNN', 'EEEEE', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('EEEEE', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'EEEEE'),
};

/** Changing a layer's tiles (layerAccess edit). */
export const LAYER_WRITE: Table = {
  nl: /*        */ row('EFFEF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('FFFFF', 'EFFEF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('FFFFF', 'FFFFF', 'EFFEF', 'NNNNN', 'FFFFF', 'NNNNN', 'FFFFF'),
  agrifarm: /*  */ row('FFFFF', 'NNNNN', 'NNNNN', 'NNNNN', 'EFFEF', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('FFFFF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'EFFEF'),
};

/** Writing a layer's translations (mayTranslateLayer): its editors, administrators and translators; others who see it 403. */
export const TRANSLATE_WRITE: Table = {
  nl: /*        */ row('EFFEE', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('FFFFF', 'EFFEE', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('FFFFF', 'FFFFF', 'EFFEE', 'NNNNN', 'FFFFF', 'NNNNN', 'FFFFF'),
  agrifarm: /*  */ row('FFFFF', 'NNNNN', 'NNNNN', 'NNNNN', 'EFFEE', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('FFFFF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'EFFEE'),
};

/** A municipality's subscriptions, library tiles and local additions: read (404 for what is not a municipality). */
export const MUNI_READ: Table = {
  nl: /*        */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'EEEEE', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
};

/** ... and write (mayManageSubscriptions). */
export const MUNI_WRITE: Table = {
  nl: /*        */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'EFFEF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
};

/** The preview with `?municipality=<target>` (the local addition's draft): 400 for a visible organization that is not a municipality. */
export const PREVIEW_MUNICIPALITY: Table = {
  nl: /*        */ row('BBBBB', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('BBBBB', 'BBBBB', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('BBBBB', 'BBBBB', 'EEEEE', 'NNNNN', 'BBBBB', 'NNNNN', 'BBBBB'),
  agrifarm: /*  */ row('BBBBB', 'NNNNN', 'NNNNN', 'NNNNN', 'BBBBB', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('BBBBB', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'BBBBB'),
};

/** Staff of an organization (mayManageStaff): national administrators everywhere. */
export const STAFF: Table = {
  nl: /*        */ row('FFFEF', 'NNNEN', 'NNNEN', 'NNNEN', 'NNNEN', 'NNNEN', 'NNNEN'),
  holland: /*   */ row('NNNNN', 'FFFEF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'FFFEF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'FFFEF', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'FFFEF'),
};

/** Organization settings and audit log (mayManageSettings, mayReadAuditLog): own administrators; national administrators know the organization (403). */
export const ORG_ADMIN: Table = {
  nl: /*        */ row('FFFEF', 'NNNFN', 'NNNFN', 'NNNFN', 'NNNFN', 'NNNFN', 'NNNFN'),
  holland: /*   */ row('NNNNN', 'FFFEF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'FFFEF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'FFFEF', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'FFFEF'),
};

/** Reading where a layer is active (mayManageOrganizations). */
export const ACTIVATIONS_READ: Table = {
  nl: /*        */ row('FFFEF', 'NNNEN', 'NNNEN', 'NNNEN', 'NNNEN', 'NNNEN', 'NNNEN'),
  holland: /*   */ row('NNNNN', 'FFFFF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'FFFFF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'FFFFF', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'FFFFF'),
};

/** Setting where a layer is active: only employers and housing providers have activations (400 otherwise). */
export const ACTIVATIONS_WRITE: Table = {
  nl: /*        */ row('FFFBF', 'NNNBN', 'NNNBN', 'NNNBN', 'NNNEN', 'NNNEN', 'NNNEN'),
  holland: /*   */ row('NNNNN', 'FFFFF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'FFFFF', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'FFFFF', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'FFFFF'),
};

/** The list of a municipality's entry codes (`?org=<target>`): codes belong to municipalities only. */
export const CODES_LIST: Table = {
  nl: /*        */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'EENEN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
};

/** One entry code of the target ({@link CODES}; nl and holland have none: n/a): its links, QR codes, flyer. */
export const CODE_READ: Table = {
  nl: /*        */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'EENEN', 'NNNNN', 'EENEN', 'NNNNN', 'EENEN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
};

/** Creating (`{ org, layer }` of the target) or changing an entry code: a layer's codes only by the municipality's administrators. */
export const CODE_WRITE: Table = {
  nl: /*        */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  holland: /*   */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  demostad: /*  */ row('NNNNN', 'NNNNN', 'EFNEN', 'NNNNN', 'FFNEN', 'NNNNN', 'FFNEN'),
  agrifarm: /*  */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
  flexwonen: /* */ row('NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN', 'NNNNN'),
};

/** Routes without a target: per caller organization, the same cell for every target column. */
export const ANY_STAFF: Record<string, Cell> = { nl: 'EEEEE', holland: 'EEEEE', demostad: 'EEEEE', agrifarm: 'EEEEE', flexwonen: 'EEEEE' };
export const NATIONAL_ADMIN: Record<string, Cell> = { nl: 'FFFEF', holland: 'FFFFF', demostad: 'FFFFF', agrifarm: 'FFFFF', flexwonen: 'FFFFF' };

/** The expected answer of `table` for a caller: `E`, `F`, `N` or `B`. */
export function expected(table: Table, caller: OrgSlug, role: MembershipRole, target: OrgSlug): string {
  return table[caller][target][ROLES.indexOf(role)];
}

/** Tiles of every layer, key `<slug>-<name>`, in the state the route that uses them needs. */
export const LAYER_TILES: Record<string, 'published' | 'published+draft' | 'draft-only' | 'scheduled'> = {
  read: 'published+draft', // also overdue for review
  draft: 'published',
  discard: 'published+draft',
  publish: 'published+draft',
  unpublish: 'published',
  schedule: 'draft-only',
  unschedule: 'scheduled',
  restore: 'published',
  review: 'published',
  delete: 'draft-only',
  patch: 'published',
};

/** National tiles (`nl-<name>`, published after the municipalities subscribed with "ask me first") for the subscription routes. */
export const ADDITION_TILES = ['sub-accept', 'sub-hide', 'sub-show', 'add-get', 'add-put', 'add-publish', 'add-reviewed', 'add-delete'] as const;

/** The entry code of each target: a municipality's own, or one opening an employer's / housing provider's layer there. */
export const CODES: Record<OrgSlug, { code: string; municipality: OrgSlug; layer?: OrgSlug } | null> = {
  nl: null,
  holland: null,
  demostad: { code: 'demostad-flyer', municipality: 'demostad' },
  otherstad: { code: 'otherstad-flyer', municipality: 'otherstad' },
  agrifarm: { code: 'agrifarm-gate', municipality: 'demostad', layer: 'agrifarm' },
  farawayfarm: { code: 'faraway-gate', municipality: 'otherstad', layer: 'farawayfarm' },
  flexwonen: { code: 'flexwonen-door', municipality: 'demostad', layer: 'flexwonen' },
};

/** The marker in every draft (tile or local addition) of an organization: no answer to anyone who may not see it may contain it. */
export const SECRET = (slug: string): string => `SECRETDRAFT${slug.toUpperCase()}X`;
