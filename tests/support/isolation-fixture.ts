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

/** Every staff role; the order of the four letters in the tables below. */
export const ROLES: readonly MembershipRole[] = ['editor', 'outreach_worker', 'analyst', 'admin'];

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
 * An expected answer per role, four letters in {@link ROLES} order
 * (editor, outreach_worker, analyst, admin):
 * `E` 2xx (allowed), `F` 403 (may see, may not change), `N` 404 (may not know it exists),
 * `B` 400 (may know it, but the request makes no sense for that kind of organization).
 */
export type Cell = string;
export type Table = Record<string, Record<OrgSlug, Cell>>;

/** Builds a table row from the seven cells in {@link TARGETS} order. */
function row(...cells: Cell[]): Record<OrgSlug, Cell> {
  if (cells.length !== TARGETS.length || cells.some((c) => !/^[EFNB]{4}$/.test(c))) throw new Error(`bad row ${cells.join(' ')}`);
  return Object.fromEntries(TARGETS.map((t, i) => [t, cells[i]])) as Record<OrgSlug, Cell>;
}

/** Reading a layer's tiles (layerAccess read). */
//                                nl      holland demostad otherstad agrifarm faraway flexwonen
export const LAYER_READ: Table = {
  nl: /*        */ row('EEEE', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  holland: /*   */ row('EEEE', 'EEEE', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('EEEE', 'EEEE', 'EEEE', 'NNNN', 'EEEE', 'NNNN', 'EEEE'),
  agrifarm: /*  */ row('EEEE', 'NNNN', 'NNNN', 'NNNN', 'EEEE', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('EEEE', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'EEEE'),
};

/** Changing a layer's tiles (layerAccess edit). */
export const LAYER_WRITE: Table = {
  nl: /*        */ row('EFFE', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  holland: /*   */ row('FFFF', 'EFFE', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('FFFF', 'FFFF', 'EFFE', 'NNNN', 'FFFF', 'NNNN', 'FFFF'),
  agrifarm: /*  */ row('FFFF', 'NNNN', 'NNNN', 'NNNN', 'EFFE', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('FFFF', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'EFFE'),
};

/** A municipality's subscriptions, library tiles and local additions: read (404 for what is not a municipality). */
export const MUNI_READ: Table = {
  nl: /*        */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  holland: /*   */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'EEEE', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
};

/** ... and write (mayManageSubscriptions). */
export const MUNI_WRITE: Table = {
  nl: /*        */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  holland: /*   */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'EFFE', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
};

/** The preview with `?municipality=<target>` (the local addition's draft): 400 for a visible organization that is not a municipality. */
export const PREVIEW_MUNICIPALITY: Table = {
  nl: /*        */ row('BBBB', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  holland: /*   */ row('BBBB', 'BBBB', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('BBBB', 'BBBB', 'EEEE', 'NNNN', 'BBBB', 'NNNN', 'BBBB'),
  agrifarm: /*  */ row('BBBB', 'NNNN', 'NNNN', 'NNNN', 'BBBB', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('BBBB', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'BBBB'),
};

/** Staff of an organization (mayManageStaff): national administrators everywhere. */
export const STAFF: Table = {
  nl: /*        */ row('FFFE', 'NNNE', 'NNNE', 'NNNE', 'NNNE', 'NNNE', 'NNNE'),
  holland: /*   */ row('NNNN', 'FFFE', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'FFFE', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'FFFE', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'FFFE'),
};

/** Organization settings and audit log (mayManageSettings, mayReadAuditLog): own administrators; national administrators know the organization (403). */
export const ORG_ADMIN: Table = {
  nl: /*        */ row('FFFE', 'NNNF', 'NNNF', 'NNNF', 'NNNF', 'NNNF', 'NNNF'),
  holland: /*   */ row('NNNN', 'FFFE', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'FFFE', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'FFFE', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'FFFE'),
};

/** Reading where a layer is active (mayManageOrganizations). */
export const ACTIVATIONS_READ: Table = {
  nl: /*        */ row('FFFE', 'NNNE', 'NNNE', 'NNNE', 'NNNE', 'NNNE', 'NNNE'),
  holland: /*   */ row('NNNN', 'FFFF', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'FFFF', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'FFFF', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'FFFF'),
};

/** Setting where a layer is active: only employers and housing providers have activations (400 otherwise). */
export const ACTIVATIONS_WRITE: Table = {
  nl: /*        */ row('FFFB', 'NNNB', 'NNNB', 'NNNB', 'NNNE', 'NNNE', 'NNNE'),
  holland: /*   */ row('NNNN', 'FFFF', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'FFFF', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'FFFF', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'FFFF'),
};

/** The list of a municipality's entry codes (`?org=<target>`): codes belong to municipalities only. */
export const CODES_LIST: Table = {
  nl: /*        */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  holland: /*   */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'EENE', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
};

/** One entry code of the target ({@link CODES}; nl and holland have none: n/a): its links, QR codes, flyer. */
export const CODE_READ: Table = {
  nl: /*        */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  holland: /*   */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'EENE', 'NNNN', 'EENE', 'NNNN', 'EENE'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
};

/** Creating (`{ org, layer }` of the target) or changing an entry code: a layer's codes only by the municipality's administrators. */
export const CODE_WRITE: Table = {
  nl: /*        */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  holland: /*   */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  demostad: /*  */ row('NNNN', 'NNNN', 'EFNE', 'NNNN', 'FFNE', 'NNNN', 'FFNE'),
  agrifarm: /*  */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
  flexwonen: /* */ row('NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN', 'NNNN'),
};

/** Routes without a target: per caller organization, the same cell for every target column. */
export const ANY_STAFF: Record<string, Cell> = { nl: 'EEEE', holland: 'EEEE', demostad: 'EEEE', agrifarm: 'EEEE', flexwonen: 'EEEE' };
export const NATIONAL_ADMIN: Record<string, Cell> = { nl: 'FFFE', holland: 'FFFF', demostad: 'FFFF', agrifarm: 'FFFF', flexwonen: 'FFFF' };

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
