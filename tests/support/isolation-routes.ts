import type { Db } from '../../core/platform/db.ts';
import {
  ACTIVATIONS_READ, ACTIVATIONS_WRITE, ANY_STAFF, CODE_READ, CODE_WRITE, CODES, CODES_LIST, LAYER_READ, LAYER_WRITE, MUNI_READ,
  MUNI_WRITE, NATIONAL_ADMIN, ORG_ADMIN, ORGS, PREVIEW_MUNICIPALITY, STAFF, TRANSLATE_WRITE, type Cell, type OrgSlug, type Table,
} from './isolation-fixture.ts';
import { REPORT_ROUTES } from './isolation-reports.ts';

/**
 * Every studio and staff-administration route of the app, as the isolation
 * matrix calls it: per route one or more probes, each with the table of
 * expected answers (tests/support/isolation-fixture.ts), how to fill the
 * URL's parameters and body for a target, and, for lists, what the answer
 * may contain. The test fails when the app registers a staff route that is
 * not listed here.
 */

/** What a probe knows when it builds a request. */
export interface ProbeContext {
  db: Db;
  target: OrgSlug;
  caller: OrgSlug;
  /** User ids by email (`member@<org>.test` is the target of staff routes). */
  people: Record<string, string>;
  /** A number unique to this request (for keys, slugs and emails that must be new). */
  n: number;
}

export interface Probe {
  /** Expected answers by caller organization and target; a record of cells when the route has no target. */
  table: Table | Record<string, Cell>;
  /** The request path for a target; null when the target has nothing to address (n/a, not counted). */
  path(c: ProbeContext): string | null;
  body?(c: ProbeContext): unknown | Promise<unknown>;
  /** Problems with a 2xx answer's content (leaks in lists). */
  check?(json: unknown, c: ProbeContext & { visible: (slug: string) => boolean; editable: (slug: string) => boolean }): string[];
}

export interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  probes: Probe[];
}

/** Prefixes of staff routes that must all be in {@link ROUTES}. */
export const STAFF_PREFIXES = ['/api/layers', '/api/studio', '/api/entry-codes', '/api/organizations', '/api/staff', '/api/settings', '/api/gaps', '/api/reports'];

const tile = (c: ProbeContext, name: string) => `/api/layers/${c.target}/tiles/${c.target}-${name}`;
const additions = (c: ProbeContext, name: string) => `/api/layers/${c.target}/local-additions/nl/nl-${name}`;
const staffOf = (c: ProbeContext, what: string) => `/api/organizations/${c.target}/staff/${c.people[`member@${c.target}.test`]}/${what}`;
const code = (c: ProbeContext, suffix = '') => (CODES[c.target] ? `/api/entry-codes/${CODES[c.target]!.code}${suffix}` : null);

/** The tile's current editVersion (what an editor's copy is based on). */
async function editVersion(db: Db, target: OrgSlug, key: string): Promise<number> {
  const org = await db.organization.findUniqueOrThrow({ where: { slug: target } });
  const row = await db.tile.findFirst({ where: { organizationId: org.id, key }, select: { editVersion: true } });
  return row?.editVersion ?? 0;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const array = (json: unknown, field: string): Array<Record<string, unknown>> => ((json as Record<string, unknown>)[field] ?? []) as Array<Record<string, unknown>>;

/** A translator's XLIFF file for the target's `read` tile (without a source hash: answered 200, the tile refused). */
const xliffFile = (c: ProbeContext) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl"><file id="${c.target}">
<unit id="${c.target}-read:title"><segment><source>Title</source><target>Tytuł</target></segment></unit></file></xliff>`;

/** Gives the target's `review` tile a machine text in Polish made from its current source (so "check" applies). */
async function machinePolish(c: ProbeContext): Promise<undefined> {
  const tile = await c.db.tile.findFirstOrThrow({ where: { organization: { slug: c.target }, key: `${c.target}-review` }, include: { translations: true } });
  const source = tile.translations.find((t) => t.language === tile.sourceLang)!;
  const data = { title: 'Tytuł', body: 'Treść.', examples: [], linkLabels: [], origin: 'machine' as const, sourceHash: source.sourceHash, sourceVersion: tile.version, checkedAt: null };
  await c.db.tileTranslation.upsert({ where: { tileId_language: { tileId: tile.id, language: 'pl' } }, create: { tileId: tile.id, language: 'pl', ...data }, update: data });
  return undefined;
}

/** Every tile key of a layer list belongs to that layer. */
const onlyOwnTiles: Probe['check'] = (json, c) => array(json, 'tiles').filter((t) => !String(t.key).startsWith(`${c.target}-`)).map((t) => `lists tile ${String(t.key)}`);
/** A municipality's view of libraries names only the national library and its region. */
const onlyLibraryTiles: Probe['check'] = (json, c) => array(json, 'tiles')
  .filter((t) => !(String(t.key).startsWith('nl-') || String(t.key).startsWith('holland-')) || !c.visible(String((t.library as { slug: string }).slug)))
  .map((t) => `lists library tile ${String(t.key)}`);
const onlyAdditionsOfLibraries: Probe['check'] = (json) => array(json, 'additions').filter((a) => !String(a.key).startsWith('nl-')).map((a) => `lists addition ${String(a.key)}`);

/**
 * The kept report documents of a municipality (admin/api/reports/report-documents-routes.ts): reportScope `full`
 * (the municipality's editors, analysts and administrators, and its region's); a region or the national
 * organization has none (400 to those with report access); an employer's or housing provider's own staff 403
 * (their view is the layer view); other members of the organization 403; everyone else 404.
 */
//                                           nl       holland  demostad otherstad agrifarm faraway  flexwonen
const REPORT_DOCUMENTS: Table = {
  nl: /*        */ { nl: 'BFBBF', holland: 'NNNNN', demostad: 'NNNNN', otherstad: 'NNNNN', agrifarm: 'NNNNN', farawayfarm: 'NNNNN', flexwonen: 'NNNNN' },
  holland: /*   */ { nl: 'NNNNN', holland: 'BFBBF', demostad: 'ENEEN', otherstad: 'ENEEN', agrifarm: 'NNNNN', farawayfarm: 'NNNNN', flexwonen: 'NNNNN' },
  demostad: /*  */ { nl: 'NNNNN', holland: 'NNNNN', demostad: 'EFEEF', otherstad: 'NNNNN', agrifarm: 'NNNNN', farawayfarm: 'NNNNN', flexwonen: 'NNNNN' },
  agrifarm: /*  */ { nl: 'NNNNN', holland: 'NNNNN', demostad: 'NNNNN', otherstad: 'NNNNN', agrifarm: 'FFFFF', farawayfarm: 'NNNNN', flexwonen: 'NNNNN' },
  flexwonen: /* */ { nl: 'NNNNN', holland: 'NNNNN', demostad: 'NNNNN', otherstad: 'NNNNN', agrifarm: 'NNNNN', farawayfarm: 'NNNNN', flexwonen: 'FFFFF' },
};

/** Keeps a document `isolation-<target>` of the target (any organization), so the download has something to find. */
async function keptDocument(c: ProbeContext): Promise<undefined> {
  const org = await c.db.organization.findUniqueOrThrow({ where: { slug: c.target } });
  const key = { organizationId: org.id, periodStart: new Date('2026-01-01T00:00:00Z'), periodEnd: new Date('2026-06-30T00:00:00Z'), language: 'nl', kind: 'half_year' };
  const pdf = new Uint8Array(Buffer.from('%PDF-1.3\n%%EOF\n'));
  await c.db.reportDocument.upsert({ where: { id: `isolation-${c.target}` }, create: { id: `isolation-${c.target}`, ...key, pdf }, update: {} });
  return undefined;
}

/**
 * The content-gap loop (admin/api/gaps, policy maySeeContentGaps): a municipality's editors and administrators see and
 * act on its gaps; the national organization's on national tiles' gaps; other members of the organization 403 (also
 * of a region, employer or housing provider, which have no gap view); national administrators know every
 * organization (403); everyone else 404.
 */
//                                           nl       holland  demostad otherstad agrifarm faraway  flexwonen
const GAPS: Table = {
  nl: /*        */ { nl: 'EFFEF', holland: 'NNNFN', demostad: 'NNNFN', otherstad: 'NNNFN', agrifarm: 'NNNFN', farawayfarm: 'NNNFN', flexwonen: 'NNNFN' },
  holland: /*   */ { nl: 'NNNNN', holland: 'FFFFF', demostad: 'NNNNN', otherstad: 'NNNNN', agrifarm: 'NNNNN', farawayfarm: 'NNNNN', flexwonen: 'NNNNN' },
  demostad: /*  */ { nl: 'NNNNN', holland: 'NNNNN', demostad: 'EFFEF', otherstad: 'NNNNN', agrifarm: 'NNNNN', farawayfarm: 'NNNNN', flexwonen: 'NNNNN' },
  agrifarm: /*  */ { nl: 'NNNNN', holland: 'NNNNN', demostad: 'NNNNN', otherstad: 'NNNNN', agrifarm: 'FFFFF', farawayfarm: 'NNNNN', flexwonen: 'NNNNN' },
  flexwonen: /* */ { nl: 'NNNNN', holland: 'NNNNN', demostad: 'NNNNN', otherstad: 'NNNNN', agrifarm: 'NNNNN', farawayfarm: 'NNNNN', flexwonen: 'FFFFF' },
};

/**
 * Three open gaps in the target's view, from three people (the national organization's: "not helpful" answers of its
 * tile, asked in demostad), in English like the layers' `read` tiles; returns their ids.
 */
async function openGaps(c: ProbeContext): Promise<string[]> {
  const org = await c.db.organization.findUniqueOrThrow({ where: { slug: c.target } });
  const national = org.kind === 'national';
  const asked = national ? await c.db.organization.findUniqueOrThrow({ where: { slug: 'demostad' } }) : org;
  const now = new Date();
  const ids: string[] = [];
  for (const person of ['a', 'b', 'c']) {
    const row = await c.db.contentGap.create({
      data: {
        organizationId: asked.id, kind: national ? 'not_helpful' : 'unanswered', language: 'en', text: `where do I park my camper van ${c.n}`,
        tileKey: national ? `${c.target}-read` : null, tileOwnerId: national ? org.id : null, personKey: `${c.n}-${person}`,
        createdAt: now, expiresAt: new Date(now.getTime() + 90 * 86_400_000),
      },
    });
    ids.push(row.id);
  }
  return ids;
}

export const ROUTES: readonly RouteSpec[] = [
  // Layers (layerAccess).
  { method: 'GET', url: '/api/layers', probes: [{
    table: ANY_STAFF, path: () => '/api/layers',
    check: (json, c) => array(json, 'layers').filter((l) => !c.visible(String(l.slug))).map((l) => `lists layer ${String(l.slug)}`),
  }] },
  { method: 'GET', url: '/api/layers/:slug', probes: [{ table: LAYER_READ, path: (c) => `/api/layers/${c.target}` }] },
  { method: 'GET', url: '/api/layers/:slug/editors', probes: [{ table: LAYER_READ, path: (c) => `/api/layers/${c.target}/editors` }] },
  { method: 'GET', url: '/api/themes', probes: [{ table: ANY_STAFF, path: () => '/api/themes' }] },
  // Tiles.
  { method: 'GET', url: '/api/layers/:slug/tiles', probes: [{ table: LAYER_READ, path: (c) => `/api/layers/${c.target}/tiles`, check: onlyOwnTiles }] },
  { method: 'POST', url: '/api/layers/:slug/tiles', probes: [{
    table: LAYER_WRITE, path: (c) => `/api/layers/${c.target}/tiles`,
    body: (c) => ({ key: `${c.target}-new-${c.n}`, theme: 'work', sourceLang: 'en', content: { en: { title: 'New tile', body: 'A new answer.', examples: [] } }, links: [] }),
  }] },
  { method: 'GET', url: '/api/layers/:slug/tiles/:key', probes: [{ table: LAYER_READ, path: (c) => tile(c, 'read') }] },
  { method: 'PATCH', url: '/api/layers/:slug/tiles/:key', probes: [{ table: LAYER_WRITE, path: (c) => tile(c, 'patch'), body: () => ({ reviewBy: inDays(30) }) }] },
  { method: 'PUT', url: '/api/layers/:slug/tiles/:key/draft', probes: [{
    table: LAYER_WRITE, path: (c) => `${tile(c, 'draft')}/draft`,
    body: async (c) => ({ baseEditVersion: await editVersion(c.db, c.target, `${c.target}-draft`), theme: 'work', content: { en: { title: 'Changed', body: 'A changed answer.', examples: [] } }, links: [] }),
  }] },
  { method: 'DELETE', url: '/api/layers/:slug/tiles/:key/draft', probes: [{ table: LAYER_WRITE, path: (c) => `${tile(c, 'discard')}/draft` }] },
  { method: 'POST', url: '/api/layers/:slug/tiles/:key/publish', probes: [{ table: LAYER_WRITE, path: (c) => `${tile(c, 'publish')}/publish` }] },
  { method: 'POST', url: '/api/layers/:slug/tiles/:key/unpublish', probes: [{ table: LAYER_WRITE, path: (c) => `${tile(c, 'unpublish')}/unpublish` }] },
  { method: 'PUT', url: '/api/layers/:slug/tiles/:key/schedule', probes: [{ table: LAYER_WRITE, path: (c) => `${tile(c, 'schedule')}/schedule`, body: () => ({ publishAt: inDays(3) }) }] },
  { method: 'DELETE', url: '/api/layers/:slug/tiles/:key/schedule', probes: [{ table: LAYER_WRITE, path: (c) => `${tile(c, 'unschedule')}/schedule` }] },
  { method: 'GET', url: '/api/layers/:slug/tiles/:key/revisions', probes: [{ table: LAYER_READ, path: (c) => `${tile(c, 'read')}/revisions` }] },
  { method: 'GET', url: '/api/layers/:slug/tiles/:key/revisions/:number', probes: [{ table: LAYER_READ, path: (c) => `${tile(c, 'read')}/revisions/1` }] },
  { method: 'GET', url: '/api/layers/:slug/tiles/:key/diff', probes: [{ table: LAYER_READ, path: (c) => `${tile(c, 'read')}/diff?from=live&to=draft` }] },
  { method: 'POST', url: '/api/layers/:slug/tiles/:key/revisions/:number/restore', probes: [{ table: LAYER_WRITE, path: (c) => `${tile(c, 'restore')}/revisions/1/restore` }] },
  { method: 'POST', url: '/api/layers/:slug/tiles/:key/review', probes: [{ table: LAYER_WRITE, path: (c) => `${tile(c, 'review')}/review` }] },
  { method: 'DELETE', url: '/api/layers/:slug/tiles/:key', probes: [{ table: LAYER_WRITE, path: (c) => tile(c, 'delete') }] },
  { method: 'GET', url: '/api/studio/overdue', probes: [{
    table: ANY_STAFF, path: () => '/api/studio/overdue',
    check: (json, c) => array(json, 'tiles').filter((t) => !c.editable(String((t.layer as { slug: string }).slug))).map((t) => `lists overdue tile ${String(t.key)}`),
  }] },
  // Translations (layerAccess to read; mayTranslateLayer to write texts and XLIFF; mayEditLayer for machine runs and the glossary).
  { method: 'GET', url: '/api/layers/:slug/translations', probes: [{ table: LAYER_READ, path: (c) => `/api/layers/${c.target}/translations?language=pl`, check: onlyOwnTiles }] },
  { method: 'GET', url: '/api/layers/:slug/translations/estimate', probes: [{ table: LAYER_READ, path: (c) => `/api/layers/${c.target}/translations/estimate?languages=pl` }] },
  { method: 'POST', url: '/api/layers/:slug/translations/machine', probes: [{
    table: LAYER_WRITE, path: (c) => `/api/layers/${c.target}/translations/machine`, body: (c) => ({ languages: ['pl'], keys: [`${c.target}-none`] }),
  }] },
  { method: 'GET', url: '/api/layers/:slug/translations/xliff', probes: [{ table: TRANSLATE_WRITE, path: (c) => `/api/layers/${c.target}/translations/xliff?language=pl&keys=${c.target}-read` }] },
  { method: 'POST', url: '/api/layers/:slug/translations/xliff/preview', probes: [{ table: TRANSLATE_WRITE, path: (c) => `/api/layers/${c.target}/translations/xliff/preview`, body: xliffFile }] },
  { method: 'POST', url: '/api/layers/:slug/translations/xliff/import', probes: [{ table: TRANSLATE_WRITE, path: (c) => `/api/layers/${c.target}/translations/xliff/import`, body: xliffFile }] },
  { method: 'GET', url: '/api/layers/:slug/tiles/:key/translations/:lang', probes: [{ table: LAYER_READ, path: (c) => `${tile(c, 'read')}/translations/pl` }] },
  { method: 'PUT', url: '/api/layers/:slug/tiles/:key/translations/:lang', probes: [{
    table: TRANSLATE_WRITE, path: (c) => `${tile(c, 'draft')}/translations/pl`, body: () => ({ title: 'Tytuł', body: 'Treść.', examples: ['Pytanie?'], linkLabels: [] }),
  }] },
  { method: 'POST', url: '/api/layers/:slug/tiles/:key/translations/:lang/check', probes: [{ table: TRANSLATE_WRITE, path: (c) => `${tile(c, 'review')}/translations/pl/check`, body: machinePolish }] },
  { method: 'GET', url: '/api/layers/:slug/glossary', probes: [{ table: LAYER_READ, path: (c) => `/api/layers/${c.target}/glossary` }] },
  { method: 'PUT', url: '/api/layers/:slug/glossary', probes: [{ table: LAYER_WRITE, path: (c) => `/api/layers/${c.target}/glossary`, body: () => ({ terms: ['BSN', 'DigiD'] }) }] },
  // Preview and "try it".
  { method: 'GET', url: '/api/layers/:slug/tiles/:key/preview', probes: [
    { table: LAYER_READ, path: (c) => `${tile(c, 'read')}/preview?version=draft` },
    { table: PREVIEW_MUNICIPALITY, path: (c) => `/api/layers/nl/tiles/nl-add-get/preview?municipality=${c.target}&version=draft` },
  ] },
  { method: 'POST', url: '/api/studio/try', probes: [{ table: LAYER_READ, path: () => '/api/studio/try', body: (c) => ({ org: c.target, text: 'How do I register my address?' }) }] },
  // Subscriptions, library tiles, local additions (a municipality's).
  { method: 'GET', url: '/api/layers/:slug/subscriptions', probes: [{ table: MUNI_READ, path: (c) => `/api/layers/${c.target}/subscriptions` }] },
  { method: 'PUT', url: '/api/layers/:slug/subscriptions/:library', probes: [{ table: MUNI_WRITE, path: (c) => `/api/layers/${c.target}/subscriptions/nl`, body: () => ({ scope: 'all', newTiles: 'ask' }) }] },
  { method: 'GET', url: '/api/layers/:slug/library-tiles', probes: [{ table: MUNI_READ, path: (c) => `/api/layers/${c.target}/library-tiles`, check: onlyLibraryTiles }] },
  { method: 'POST', url: '/api/layers/:slug/library-tiles/:library/:key/accept', probes: [{ table: MUNI_WRITE, path: (c) => `/api/layers/${c.target}/library-tiles/nl/nl-sub-accept/accept` }] },
  { method: 'POST', url: '/api/layers/:slug/library-tiles/:library/:key/hide', probes: [{ table: MUNI_WRITE, path: (c) => `/api/layers/${c.target}/library-tiles/nl/nl-sub-hide/hide` }] },
  { method: 'POST', url: '/api/layers/:slug/library-tiles/:library/:key/show', probes: [{ table: MUNI_WRITE, path: (c) => `/api/layers/${c.target}/library-tiles/nl/nl-sub-show/show` }] },
  { method: 'GET', url: '/api/layers/:slug/local-additions', probes: [{ table: MUNI_READ, path: (c) => `/api/layers/${c.target}/local-additions`, check: onlyAdditionsOfLibraries }] },
  { method: 'GET', url: '/api/layers/:slug/local-additions/:library/:key', probes: [{ table: MUNI_READ, path: (c) => additions(c, 'add-get') }] },
  { method: 'PUT', url: '/api/layers/:slug/local-additions/:library/:key', probes: [{
    table: MUNI_WRITE, path: (c) => additions(c, 'add-put'), body: () => ({ baseEditVersion: 0, sourceLang: 'en', content: { en: { body: 'Open Monday to Friday.' } } }),
  }] },
  { method: 'POST', url: '/api/layers/:slug/local-additions/:library/:key/publish', probes: [{ table: MUNI_WRITE, path: (c) => `${additions(c, 'add-publish')}/publish`, body: () => ({}) }] },
  { method: 'POST', url: '/api/layers/:slug/local-additions/:library/:key/reviewed', probes: [{ table: MUNI_WRITE, path: (c) => `${additions(c, 'add-reviewed')}/reviewed` }] },
  { method: 'DELETE', url: '/api/layers/:slug/local-additions/:library/:key', probes: [{ table: MUNI_WRITE, path: (c) => additions(c, 'add-delete') }] },
  // Last of a municipality's: ends the subscription the routes above use.
  { method: 'DELETE', url: '/api/layers/:slug/subscriptions/:library', probes: [{ table: MUNI_WRITE, path: (c) => `/api/layers/${c.target}/subscriptions/nl` }] },
  // Entry codes.
  { method: 'GET', url: '/api/entry-codes', probes: [{
    table: CODES_LIST, path: (c) => `/api/entry-codes?org=${c.target}`,
    check: (json, c) => array(json, 'codes').filter((x) => !Object.values(CODES).some((k) => k !== null && k.code === x.code && k.municipality === c.target) && !String(x.code).startsWith(`${c.target}-new`))
      .map((x) => `lists entry code ${String(x.code)}`),
  }] },
  { method: 'POST', url: '/api/entry-codes', probes: [{
    table: CODE_WRITE, path: () => '/api/entry-codes',
    body: (c) => {
      const own = CODES[c.target];
      return own?.layer ? { org: own.municipality, layer: own.layer, code: `${own.municipality}-new-${c.n}` } : { org: c.target, code: `${c.target}-new-${c.n}` };
    },
  }] },
  { method: 'GET', url: '/api/entry-codes/:code', probes: [{ table: CODE_READ, path: (c) => code(c) }] },
  { method: 'PATCH', url: '/api/entry-codes/:code', probes: [{ table: CODE_WRITE, path: (c) => code(c), body: (c) => ({ label: `relabelled ${c.n}` }) }] },
  { method: 'GET', url: '/api/entry-codes/:code/qr.png', probes: [{ table: CODE_READ, path: (c) => code(c, '/qr.png?link=web&size=256') }] },
  { method: 'GET', url: '/api/entry-codes/:code/qr.svg', probes: [{ table: CODE_READ, path: (c) => code(c, '/qr.svg?link=web') }] },
  { method: 'GET', url: '/api/entry-codes/:code/flyer.pdf', probes: [{ table: CODE_READ, path: (c) => code(c, '/flyer.pdf?link=web&languages=pl,en') }] },
  // Organizations, staff, settings, audit.
  { method: 'GET', url: '/api/organizations', probes: [{
    table: ANY_STAFF, path: () => '/api/organizations',
    check: (json, c) => (c.caller === 'nl' && (json as { mayCreate?: boolean }).mayCreate
      ? []
      : array(json, 'items').filter((o) => o.slug !== c.caller).map((o) => `lists organization ${String(o.slug)}`)),
  }] },
  { method: 'POST', url: '/api/organizations', probes: [{ table: NATIONAL_ADMIN, path: () => '/api/organizations', body: (c) => ({ slug: `newregion-${c.n}`, name: `New region ${c.n}`, kind: 'region' }) }] },
  { method: 'GET', url: '/api/organizations/:slug/activations', probes: [{ table: ACTIVATIONS_READ, path: (c) => `/api/organizations/${c.target}/activations` }] },
  { method: 'PUT', url: '/api/organizations/:slug/activations', probes: [{
    table: ACTIVATIONS_WRITE, path: (c) => `/api/organizations/${c.target}/activations`,
    body: (c) => ({ municipalities: ORGS.find((o) => o.slug === c.target)?.activeIn ?? ['demostad'] }),
  }] },
  { method: 'GET', url: '/api/organizations/:slug/staff', probes: [{ table: STAFF, path: (c) => `/api/organizations/${c.target}/staff` }] },
  { method: 'POST', url: '/api/organizations/:slug/staff/invitations', probes: [{
    table: STAFF, path: (c) => `/api/organizations/${c.target}/staff/invitations`,
    body: (c) => ({ name: `Invitee ${c.n}`, email: `invitee-${c.n}@${c.target}.test`, roles: ['editor'], languages: ['en'] }),
  }] },
  { method: 'PUT', url: '/api/organizations/:slug/staff/:userId/roles', probes: [{ table: STAFF, path: (c) => staffOf(c, 'roles'), body: () => ({ roles: ['editor'] }) }] },
  { method: 'POST', url: '/api/organizations/:slug/staff/:userId/disable', probes: [{ table: STAFF, path: (c) => staffOf(c, 'disable') }] },
  { method: 'POST', url: '/api/organizations/:slug/staff/:userId/enable', probes: [{ table: STAFF, path: (c) => staffOf(c, 'enable') }] },
  { method: 'POST', url: '/api/organizations/:slug/staff/:userId/password-reset', probes: [{ table: STAFF, path: (c) => staffOf(c, 'password-reset') }] },
  { method: 'GET', url: '/api/organizations/:slug/settings', probes: [{ table: ORG_ADMIN, path: (c) => `/api/organizations/${c.target}/settings` }] },
  { method: 'PUT', url: '/api/organizations/:slug/settings', probes: [{
    table: ORG_ADMIN, path: (c) => `/api/organizations/${c.target}/settings`, body: (c) => ({ name: ORGS.find((o) => o.slug === c.target)!.name }),
  }] },
  { method: 'GET', url: '/api/organizations/:slug/audit', probes: [{ table: ORG_ADMIN, path: (c) => `/api/organizations/${c.target}/audit` }] },
  { method: 'GET', url: '/api/organizations/:slug/audit.csv', probes: [{ table: ORG_ADMIN, path: (c) => `/api/organizations/${c.target}/audit.csv` }] },
  { method: 'GET', url: '/api/settings/deployment', probes: [{ table: NATIONAL_ADMIN, path: () => '/api/settings/deployment' }] },
  { method: 'PUT', url: '/api/settings/deployment', probes: [{ table: NATIONAL_ADMIN, path: () => '/api/settings/deployment', body: () => ({ defaultMunicipality: 'demostad' }) }] },
  // Report documents (the half-yearly and on-demand PDFs).
  { method: 'GET', url: '/api/reports/:slug/documents', probes: [{ table: REPORT_DOCUMENTS, path: (c) => `/api/reports/${c.target}/documents` }] },
  { method: 'GET', url: '/api/reports/:slug/documents/:id/pdf', probes: [{ table: REPORT_DOCUMENTS, path: (c) => `/api/reports/${c.target}/documents/isolation-${c.target}/pdf`, body: keptDocument }] },
  { method: 'POST', url: '/api/reports/:slug/documents', probes: [{ table: REPORT_DOCUMENTS, path: (c) => `/api/reports/${c.target}/documents`, body: () => ({ from: '2026-01-01', to: '2026-03-31' }) }] },
  // Reports: the dashboard's views and their CSV / XLSX (tests/support/isolation-reports.ts).
  ...REPORT_ROUTES,
  { method: 'PUT', url: '/api/me/preferences', probes: [{ table: ANY_STAFF, path: () => '/api/me/preferences', body: () => ({ uiLanguage: 'en' }) }] },
  // Content gaps (maySeeContentGaps; the example's tile needs mayEditLayer, here the caller's own layer).
  { method: 'GET', url: '/api/gaps/:slug', probes: [{ table: GAPS, path: (c) => `/api/gaps/${c.target}` }] },
  { method: 'POST', url: '/api/gaps/:slug/example', probes: [{
    table: GAPS, path: (c) => `/api/gaps/${c.target}/example`, body: async (c) => ({ gapIds: await openGaps(c), tileKey: `${c.target}-read` }),
  }] },
  { method: 'POST', url: '/api/gaps/:slug/draft', probes: [{
    table: GAPS, path: (c) => `/api/gaps/${c.target}/draft`,
    body: async (c) => ({ gapIds: await openGaps(c), key: `${c.target}-gap-${c.n}`, theme: 'work', title: 'Camper vans', body: 'Where camper vans may stand.' }),
  }] },
  { method: 'POST', url: '/api/gaps/:slug/dismiss', probes: [{ table: GAPS, path: (c) => `/api/gaps/${c.target}/dismiss`, body: async (c) => ({ gapIds: await openGaps(c) }) }] },
];

/** Whether a probe's table has a target dimension (else it runs once per caller). */
export function isTargeted(probe: Probe): probe is Probe & { table: Table } {
  return typeof Object.values(probe.table)[0] === 'object';
}
