import { beforeEach, describe, expect, it } from 'vitest';
import {
  createTile, findLayer, publishTile, saveDraft, type LayerRecord, type StudioContext,
} from '../../core/content/index.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';
import { newTileBody, useStudioWorld } from './studio-tiles-world.ts';

/**
 * The tile library's isolation table: staff roles × layers (own
 * municipality, another municipality, the national library, the region
 * above, an employer active in the municipality, an employer active
 * elsewhere) × every tile library route, reads and writes. The expected
 * access is written out here, not computed by the policy under test:
 * `none` must be 404 LAYER_NOT_FOUND with nothing of the layer in the
 * answer, `read` 200 on reads and 403 on writes, `edit` never 403/404.
 */
const w = useStudioWorld();

type Access = 'none' | 'read' | 'edit';
const LAYERS = ['testdorp', 'otherdorp', 'nl', 'noord', 'agrifarm', 'faraway'] as const;
type Layer = (typeof LAYERS)[number];

const municipalityReader: Record<Layer, Access> = { testdorp: 'read', otherdorp: 'none', nl: 'read', noord: 'read', agrifarm: 'read', faraway: 'none' };
const municipalityEditor: Record<Layer, Access> = { ...municipalityReader, testdorp: 'edit' };

/** Who, in which organization, and what they may do with each layer. */
const PEOPLE: Array<{ email: string; organization: string; role: MembershipRole; access: Record<Layer, Access> }> = [
  { email: 'iso-editor@testdorp.example', organization: 'testdorp', role: 'editor', access: municipalityEditor },
  { email: 'iso-admin@testdorp.example', organization: 'testdorp', role: 'admin', access: municipalityEditor },
  { email: 'iso-outreach@testdorp.example', organization: 'testdorp', role: 'outreach_worker', access: municipalityReader },
  { email: 'iso-analyst@testdorp.example', organization: 'testdorp', role: 'analyst', access: municipalityReader },
  { email: 'iso-national@nl.example', organization: 'nl', role: 'editor', access: { testdorp: 'none', otherdorp: 'none', nl: 'edit', noord: 'none', agrifarm: 'none', faraway: 'none' } },
  { email: 'iso-region@noord.example', organization: 'noord', role: 'editor', access: { testdorp: 'none', otherdorp: 'none', nl: 'read', noord: 'edit', agrifarm: 'none', faraway: 'none' } },
  { email: 'iso-farm@agrifarm.example', organization: 'agrifarm', role: 'editor', access: { testdorp: 'none', otherdorp: 'none', nl: 'read', noord: 'none', agrifarm: 'edit', faraway: 'none' } },
];

/** Every route of the tile library that names a layer; `t` is the seeded tile, revision 1 exists. */
const ROUTES: Array<{ method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; write: boolean; body?: (n: number) => unknown }> = [
  { method: 'GET', path: '', write: false },
  { method: 'GET', path: '/editors', write: false },
  { method: 'GET', path: '/tiles', write: false },
  { method: 'GET', path: '/tiles/t', write: false },
  { method: 'GET', path: '/tiles/t/revisions', write: false },
  { method: 'GET', path: '/tiles/t/revisions/1', write: false },
  { method: 'GET', path: '/tiles/t/diff?from=1&to=draft', write: false },
  { method: 'POST', path: '/tiles', write: true, body: (n) => newTileBody(`iso-${n}`) },
  { method: 'PATCH', path: '/tiles/t', write: true, body: () => ({ reviewBy: '2031-01-01T00:00:00.000Z' }) },
  { method: 'PUT', path: '/tiles/t/draft', write: true, body: () => ({ baseEditVersion: 999, theme: 'work', content: { en: { title: 'x', body: 'y' } } }) },
  { method: 'DELETE', path: '/tiles/t/draft?baseEditVersion=999', write: true },
  { method: 'POST', path: '/tiles/t/publish', write: true, body: () => ({ baseEditVersion: 999 }) },
  { method: 'PUT', path: '/tiles/t/schedule', write: true, body: () => ({ unpublishAt: '2031-01-01T00:00:00.000Z' }) },
  { method: 'DELETE', path: '/tiles/t/schedule', write: true },
  { method: 'POST', path: '/tiles/t/revisions/1/restore', write: true, body: () => ({ baseEditVersion: 999 }) },
  { method: 'POST', path: '/tiles/t/review', write: true },
  { method: 'POST', path: '/tiles/t/unpublish', write: true },
  { method: 'DELETE', path: '/tiles/t', write: true },
];

const secret = (slug: string) => `secret-of-${slug}`;

describe('isolation table of the tile library', () => {
  const layers = new Map<Layer, LayerRecord>();

  beforeEach(async () => {
    for (const person of PEOPLE) {
      await createStaffUser(w.db, {
        email: person.email, name: person.email.split('@')[0], password: 'correct-horse-battery-staple', languages: ['en'],
        memberships: [{ organization: person.organization, role: person.role }],
      });
    }
    // Each layer: one published tile `t` with a draft, its text marked so a leak would show.
    const ctx: StudioContext = { db: w.db, actorId: null, now: w.clock.now() };
    for (const slug of LAYERS) {
      const layer = await findLayer(w.db, slug);
      if (!layer) throw new Error(`no layer ${slug}`);
      layers.set(slug, layer);
      const body = newTileBody('t', { content: { en: { title: secret(slug), body: `${secret(slug)} body` } } }) as unknown as Parameters<typeof createTile>[2];
      await createTile(ctx, layer, { ...body, ownerId: null, reviewBy: new Date(w.clock.now().getTime() - 1000) });
      await publishTile(ctx, layer, 't');
      await saveDraft(ctx, layer, 't', { baseEditVersion: 2, theme: 'work', content: { en: { title: secret(slug), body: `${secret(slug)} draft` } } });
    }
  });

  it('answers every route for every role and layer as the table says, and leaks nothing', async () => {
    let n = 0;
    const failures: string[] = [];
    for (const person of PEOPLE) {
      const client = await w.as(person.email);
      for (const slug of LAYERS) {
        const access = person.access[slug];
        for (const route of ROUTES) {
          n += 1;
          const url = `/api/layers/${slug}${route.path}`;
          const body = route.body?.(n);
          const res = route.method === 'GET' ? await client.get(url)
            : route.method === 'POST' ? await client.post(url, body)
              : route.method === 'PUT' ? await client.put(url, body)
                : route.method === 'PATCH' ? await client.patch(url, body)
                  : await client.delete(url);
          const label = `${person.email} ${access} ${route.method} ${url} -> ${res.statusCode}`;
          if (access === 'none') {
            if (res.statusCode !== 404 || (res.json() as { code: string }).code !== 'LAYER_NOT_FOUND') failures.push(label);
            if (res.body.includes(secret(slug))) failures.push(`${label}: leaked the layer's text`);
          } else if (access === 'read' && route.write) {
            if (res.statusCode !== 403 || (res.json() as { code: string }).code !== 'FORBIDDEN') failures.push(label);
            if (res.body.includes(secret(slug))) failures.push(`${label}: leaked the layer's text`);
          } else if (access === 'read') {
            if (res.statusCode !== 200) failures.push(label);
          } else if ([403, 404].includes(res.statusCode) || res.statusCode >= 500) {
            failures.push(`${label} ${res.body.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(n).toBe(PEOPLE.length * LAYERS.length * ROUTES.length);

    // Writes happened only where the writer edits: every audit row of a layer is by one of its editors (or the seeding system).
    const editorsOf = (slug: Layer) => PEOPLE.filter((p) => p.access[slug] === 'edit').map((p) => p.email);
    const rows = await w.db.auditLog.findMany({ select: { actor: true, organizationId: true } });
    const users = new Map((await w.db.staffUser.findMany({ select: { id: true, email: true } })).map((u) => [`user:${u.id}`, u.email]));
    for (const slug of LAYERS) {
      const actors = new Set(rows.filter((r) => r.organizationId === layers.get(slug)?.id && r.actor !== 'system').map((r) => users.get(r.actor)));
      expect([...actors].every((email) => email !== undefined && editorsOf(slug).includes(email)), `${slug}: ${[...actors].join(', ')}`).toBe(true);
    }
  }, 300_000); // 756 requests

  it('the lists show only what the table allows', async () => {
    for (const person of PEOPLE) {
      const client = await w.as(person.email);
      const visible = LAYERS.filter((slug) => person.access[slug] !== 'none');
      const listed = ((await client.get('/api/layers')).json() as { layers: Array<{ slug: string; access: string }> }).layers
        .filter((l) => (LAYERS as readonly string[]).includes(l.slug));
      expect(Object.fromEntries(listed.map((l) => [l.slug, l.access])), person.email)
        .toEqual(Object.fromEntries(visible.map((slug) => [slug, person.access[slug]])));
      // Overdue: the seeded tiles are all past their review date; only editable layers' show.
      const overdue = ((await client.get('/api/studio/overdue')).json() as { tiles: Array<{ layer: { slug: string } }> }).tiles.map((t) => t.layer.slug);
      expect(overdue.sort(), person.email).toEqual(LAYERS.filter((slug) => person.access[slug] === 'edit').sort());
    }
  });
});
