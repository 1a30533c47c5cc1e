import { describe, expect, it } from 'vitest';
import {
  createEntryCode,
  ensureEntryCode,
  entryLinks,
  importTiles,
  listEntryCodes,
  loadVisibleTiles,
  resolveEntryCode,
  setEntryCodeActive,
  setParentOrganization,
  subscribeTile,
  type OrganizationKind,
} from '../../core/content/index.ts';
import { isAppError, type ErrorCode } from '../../core/platform/errors.ts';
import { buildTile, buildTileFile } from '../support/factories.ts';
import { organizationId, useContentDb } from '../support/test-db.ts';

const db = useContentDb();

const orgId = (slug: string) => organizationId(db, slug);

async function organization(slug: string, kind: OrganizationKind, tileKeys: string[] = []): Promise<void> {
  await importTiles(db, buildTileFile({
    organization: { slug, name: `${slug} (${kind})`, kind },
    tiles: tileKeys.map((key) => buildTile({ key })),
  }), 'test');
}

/**
 * A national library; the municipality testdorp showing one national tile,
 * with an employer (acme) and a housing provider (woonco) active there; the
 * municipality anderdorp with its own employer (farco); a local organization
 * and a region.
 */
async function landscape(): Promise<void> {
  await organization('nl', 'national', ['national-holiday-pay', 'national-unsubscribed']);
  await organization('testdorp', 'municipality', ['testdorp-town-hall']);
  await organization('anderdorp', 'municipality', ['anderdorp-town-hall']);
  await organization('acme', 'employer', ['acme-shifts']);
  await organization('woonco', 'housing_provider', ['woonco-repairs']);
  await organization('farco', 'employer', ['farco-shifts']);
  await organization('sportclub', 'local_org');
  await organization('west', 'region');
  await setParentOrganization(db, 'acme', 'testdorp', 'test');
  await setParentOrganization(db, 'woonco', 'testdorp', 'test');
  await setParentOrganization(db, 'farco', 'anderdorp', 'test');
  await setParentOrganization(db, 'sportclub', 'testdorp', 'test');
  const holidayPay = await db.tile.findFirstOrThrow({ where: { key: 'national-holiday-pay' } });
  await subscribeTile(db, await orgId('testdorp'), holidayPay.id);
}

/** The AppError code `promise` rejects with, and its message. */
async function rejection(promise: Promise<unknown>): Promise<{ code: ErrorCode | undefined; message: string }> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  if (!err) throw new Error('expected a rejection');
  return { code: isAppError(err) ? err.code : undefined, message: (err as Error).message };
}

const ref = async (slug: string) => ({ id: await orgId(slug), slug, name: expect.any(String) as unknown as string });

describe('resolveEntryCode', () => {
  it('resolves a code for a municipality alone', async () => {
    await landscape();
    await createEntryCode(db, { code: 'testdorp', municipalitySlug: 'testdorp' });
    expect(await resolveEntryCode(db, 'testdorp', 'anderdorp')).toEqual({
      municipality: { id: await orgId('testdorp'), slug: 'testdorp', name: 'testdorp (municipality)' },
      contentSlug: 'testdorp',
      code: 'testdorp',
      codeId: expect.any(String),
      fallback: false,
    });
  });

  it('resolves a code with an employer layer: the municipality handles the chat, the layer\'s tiles answer', async () => {
    await landscape();
    await createEntryCode(db, { code: 'acme-hal-3', municipalitySlug: 'testdorp', layerSlug: 'acme', label: 'Posters in hall 3' });
    expect(await resolveEntryCode(db, 'acme-hal-3', 'anderdorp')).toEqual({
      municipality: await ref('testdorp'),
      layer: { id: await orgId('acme'), slug: 'acme', name: 'acme (employer)', kind: 'employer' },
      contentSlug: 'acme',
      code: 'acme-hal-3',
      codeId: expect.any(String),
      fallback: false,
    });
  });

  it('resolves a housing provider layer', async () => {
    await landscape();
    await createEntryCode(db, { code: 'woonco', municipalitySlug: 'testdorp', layerSlug: 'woonco' });
    const resolution = await resolveEntryCode(db, 'woonco', 'anderdorp');
    expect(resolution.layer).toMatchObject({ slug: 'woonco', kind: 'housing_provider' });
    expect(resolution.contentSlug).toBe('woonco');
  });

  it('matches codes case-insensitively and ignores surrounding white space', async () => {
    await landscape();
    await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    for (const typed of ['ACME', ' Acme\n', '\tacme ']) {
      expect(await resolveEntryCode(db, typed, 'anderdorp')).toMatchObject({ code: 'acme', contentSlug: 'acme', fallback: false });
    }
  });

  it('answers from the default municipality without a code, without the fallback flag', async () => {
    await landscape();
    for (const code of [undefined, '', '   ']) {
      expect(await resolveEntryCode(db, code, 'anderdorp')).toEqual({
        municipality: await ref('anderdorp'),
        contentSlug: 'anderdorp',
        fallback: false,
      });
    }
  });

  it('falls back to the default municipality for an unknown, inactive or malformed code', async () => {
    await landscape();
    await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    await setEntryCodeActive(db, 'acme', false);
    const fallback = { municipality: await ref('anderdorp'), contentSlug: 'anderdorp', fallback: true };
    for (const code of ['acme', 'nope', 'acme shop', '../acme', 'ACME_', 'x', 'a'.repeat(5000), '🚜', '; DROP TABLE entry_codes']) {
      const resolution = await resolveEntryCode(db, code, 'anderdorp');
      expect(resolution).toEqual(fallback);
      expect(resolution.code).toBeUndefined();
    }
    // Whatever arrives from outside, typed or not.
    expect(await resolveEntryCode(db, 42 as unknown as string, 'anderdorp')).toEqual(fallback);
    expect(await db.entryCode.count()).toBe(1);
  });

  it('drops a layer no longer active in the municipality behind validation\'s back: the municipality still answers', async () => {
    await landscape();
    const created = await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    await db.layerActivation.deleteMany({ where: { layerId: await orgId('acme'), municipalityId: await orgId('testdorp') } });
    expect(await resolveEntryCode(db, 'acme', 'anderdorp')).toEqual({
      municipality: await ref('testdorp'),
      contentSlug: 'testdorp',
      code: 'acme',
      codeId: created.id,
      fallback: false,
    });
  });

  it('opens a layer in every municipality where an administrator made it active, not only its home', async () => {
    await landscape();
    await db.layerActivation.create({ data: { layerId: await orgId('acme'), municipalityId: await orgId('anderdorp') } });
    await createEntryCode(db, { code: 'acme-anderdorp', municipalitySlug: 'anderdorp', layerSlug: 'acme' });
    expect(await resolveEntryCode(db, 'acme-anderdorp', 'testdorp')).toMatchObject({
      municipality: { slug: 'anderdorp' }, layer: { slug: 'acme' }, contentSlug: 'acme', fallback: false,
    });
  });

  it('fails loudly when the default organization is missing or not a municipality (configuration, not user input)', async () => {
    await landscape();
    expect(await rejection(resolveEntryCode(db, 'nope', 'nowhere'))).toEqual({
      code: 'ORGANIZATION_NOT_FOUND', message: 'Organization "nowhere" not found',
    });
    expect(await rejection(resolveEntryCode(db, undefined, 'acme'))).toEqual({
      code: 'CONFIG_INVALID', message: 'Configuration is invalid: default organization: "acme" is an employer, not a municipality',
    });
  });

  it('gives a contentSlug whose visible tiles are the layer\'s, then the municipality\'s, then the subscribed national ones', async () => {
    await landscape();
    await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    await createEntryCode(db, { code: 'testdorp', municipalitySlug: 'testdorp' });
    const keysVia = async (code: string) =>
      (await loadVisibleTiles(db, (await resolveEntryCode(db, code, 'anderdorp')).contentSlug)).map((t) => `${t.ownerSlug}/${t.key}`);
    expect(await keysVia('acme')).toEqual(['acme/acme-shifts', 'testdorp/testdorp-town-hall', 'nl/national-holiday-pay']);
    expect(await keysVia('testdorp')).toEqual(['testdorp/testdorp-town-hall', 'nl/national-holiday-pay']);
    expect(await keysVia('unknown')).toEqual(['anderdorp/anderdorp-town-hall']);
  });
});

describe('createEntryCode', () => {
  it('stores the code in lower case with its label, and leaves an audit row', async () => {
    await landscape();
    const created = await createEntryCode(db, { code: ' Acme-Hal-3 ', municipalitySlug: 'testdorp', layerSlug: 'acme', label: '  Hall 3  ' }, 'user:u1');
    expect(created).toEqual({
      id: expect.any(String),
      code: 'acme-hal-3',
      municipality: await ref('testdorp'),
      layer: { id: await orgId('acme'), slug: 'acme', name: 'acme (employer)', kind: 'employer' },
      label: 'Hall 3',
      active: true,
      chatsStarted: 0,
      createdAt: expect.any(Date),
    });
    expect(await db.auditLog.findFirst({ where: { action: 'entry_code.created' } })).toMatchObject({
      actor: 'user:u1',
      organizationId: await orgId('testdorp'),
      entityType: 'entry_code',
      entityId: created.id,
      data: { code: 'acme-hal-3', layer: 'acme', label: 'Hall 3' },
    });
  });

  it.each<[string, Parameters<typeof createEntryCode>[1], ErrorCode, string]>([
    ['a malformed code', { code: 'acme hall', municipalitySlug: 'testdorp' }, 'ENTRY_CODE_INVALID',
      'Entry code "acme hall" is invalid: use 2–64 lower-case letters, digits and hyphens, starting and ending with a letter or digit'],
    ['a one-character code', { code: 'a', municipalitySlug: 'testdorp' }, 'ENTRY_CODE_INVALID', 'Entry code "a" is invalid: use 2–64 lower-case letters, digits and hyphens, starting and ending with a letter or digit'],
    ['a label that is too long', { code: 'acme', municipalitySlug: 'testdorp', label: 'x'.repeat(201) }, 'ENTRY_CODE_INVALID',
      'Entry code "acme" is invalid: the label is longer than 200 characters'],
    ['an employer as the municipality', { code: 'acme', municipalitySlug: 'acme' }, 'ENTRY_CODE_INVALID',
      'Entry code "acme" is invalid: "acme" is an employer, not a municipality'],
    ['the national library as the municipality', { code: 'nl', municipalitySlug: 'nl' }, 'ENTRY_CODE_INVALID',
      'Entry code "nl" is invalid: "nl" is a national, not a municipality'],
    ['a municipality as the layer', { code: 'x1', municipalitySlug: 'testdorp', layerSlug: 'anderdorp' }, 'ENTRY_CODE_INVALID',
      'Entry code "x1" is invalid: "anderdorp" is a municipality; a layer must be an employer or housing provider'],
    ['a local organization as the layer', { code: 'x1', municipalitySlug: 'testdorp', layerSlug: 'sportclub' }, 'ENTRY_CODE_INVALID',
      'Entry code "x1" is invalid: "sportclub" is a local_org; a layer must be an employer or housing provider'],
    ['an employer of another municipality', { code: 'farco', municipalitySlug: 'testdorp', layerSlug: 'farco' }, 'ENTRY_CODE_INVALID',
      'Entry code "farco" is invalid: "farco" is not active in "testdorp" (an administrator must make it active there first)'],
    ['an unknown municipality', { code: 'x1', municipalitySlug: 'nowhere' }, 'ORGANIZATION_NOT_FOUND', 'Organization "nowhere" not found'],
    ['an unknown layer', { code: 'x1', municipalitySlug: 'testdorp', layerSlug: 'nowhere' }, 'ORGANIZATION_NOT_FOUND', 'Organization "nowhere" not found'],
  ])('rejects %s and writes nothing', async (_, input, code, message) => {
    await landscape();
    const audits = await db.auditLog.count();
    expect(await rejection(createEntryCode(db, input))).toEqual({ code, message });
    expect(await db.entryCode.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it('rejects an employer without a municipality', async () => {
    await landscape();
    await organization('loose', 'employer', []);
    expect((await rejection(createEntryCode(db, { code: 'loose', municipalitySlug: 'testdorp', layerSlug: 'loose' }))).code)
      .toBe('ENTRY_CODE_INVALID');
  });

  it('keeps codes unique whatever their case', async () => {
    await landscape();
    await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    expect(await rejection(createEntryCode(db, { code: 'ACME', municipalitySlug: 'anderdorp' }))).toEqual({
      code: 'ENTRY_CODE_TAKEN', message: 'Entry code "acme" is already in use',
    });
    // The unique index holds even when two creations race past the check.
    const results = await Promise.allSettled([
      createEntryCode(db, { code: 'race', municipalitySlug: 'testdorp' }),
      createEntryCode(db, { code: 'race', municipalitySlug: 'anderdorp' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.find((r) => r.status === 'rejected');
    expect(isAppError(failed?.reason, 'ENTRY_CODE_TAKEN')).toBe(true);
    expect(await db.entryCode.count({ where: { code: 'race' } })).toBe(1);
  });
});

describe('ensureEntryCode', () => {
  it('creates a code once and then writes nothing', async () => {
    await landscape();
    const input = { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' };
    const first = await ensureEntryCode(db, input);
    const rows = await db.entryCode.findMany();
    const audits = await db.auditLog.count();
    const second = await ensureEntryCode(db, { ...input, code: 'ACME', label: 'another label' });
    expect(first.created).toBe(true);
    expect(second).toEqual({ created: false, entryCode: first.entryCode });
    expect(await db.entryCode.findMany()).toEqual(rows);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it('refuses a code that exists for another municipality or layer', async () => {
    await landscape();
    await ensureEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    expect((await rejection(ensureEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp' }))).code).toBe('ENTRY_CODE_TAKEN');
    expect((await rejection(ensureEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'woonco' }))).code).toBe('ENTRY_CODE_TAKEN');
  });
});

describe('listEntryCodes and entryLinks', () => {
  it('lists a municipality\'s codes, active or not, by code, and builds their links', async () => {
    await landscape();
    await createEntryCode(db, { code: 'woonco', municipalitySlug: 'testdorp', layerSlug: 'woonco' });
    await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme', label: 'Canteen' });
    await createEntryCode(db, { code: 'testdorp', municipalitySlug: 'testdorp' });
    await createEntryCode(db, { code: 'farco', municipalitySlug: 'anderdorp', layerSlug: 'farco' });
    await setEntryCodeActive(db, 'woonco', false);

    const codes = await listEntryCodes(db, 'testdorp');
    expect(codes.map((c) => [c.code, c.layer?.slug, c.label, c.active])).toEqual([
      ['acme', 'acme', 'Canteen', true],
      ['testdorp', undefined, undefined, true],
      ['woonco', 'woonco', undefined, false],
    ]);
    expect(entryLinks(codes[0], { webBaseUrl: 'https://chat.example.nl', telegramBot: 'TestdorpBot', whatsappNumber: '+31201234567' })).toEqual({
      web: 'https://chat.example.nl/chat/testdorp?entry=acme',
      telegram: 'https://t.me/TestdorpBot?start=acme',
      whatsapp: 'https://wa.me/31201234567?text=START%20acme',
    });
    expect(entryLinks(codes[1], { webBaseUrl: 'http://localhost:3000' })).toEqual({ web: 'http://localhost:3000/chat/testdorp?entry=testdorp' });
    expect(await listEntryCodes(db, 'acme')).toEqual([]);
    expect((await rejection(listEntryCodes(db, 'nowhere'))).code).toBe('ORGANIZATION_NOT_FOUND');
  });
});

describe('setEntryCodeActive', () => {
  it('switches a code off and on, leaving one audit row per change', async () => {
    await landscape();
    await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    expect((await setEntryCodeActive(db, 'ACME', false, 'user:u1')).active).toBe(false);
    expect((await setEntryCodeActive(db, 'acme', false)).active).toBe(false);
    expect((await setEntryCodeActive(db, 'acme', true)).active).toBe(true);
    expect((await db.auditLog.findMany({ where: { entityType: 'entry_code' }, orderBy: { createdAt: 'asc' } })).map((a) => a.action))
      .toEqual(['entry_code.created', 'entry_code.deactivated', 'entry_code.activated']);
    expect((await rejection(setEntryCodeActive(db, 'nope', true))).message).toBe('Entry code "nope" not found');
  });

  it('checks the layer again when a code is switched back on', async () => {
    await landscape();
    await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    await setEntryCodeActive(db, 'acme', false);
    await db.layerActivation.deleteMany({ where: { layerId: await orgId('acme'), municipalityId: await orgId('testdorp') } });
    expect(await rejection(setEntryCodeActive(db, 'acme', true))).toEqual({
      code: 'ENTRY_CODE_INVALID',
      message: 'Entry code "acme" is invalid: "acme" is not active in "testdorp" (an administrator must make it active there first)',
    });
  });
});

describe('setParentOrganization', () => {
  it('places an employer in its municipality once; setting it again writes nothing', async () => {
    await landscape();
    await organization('newco', 'employer', ['newco-shifts']);
    await setParentOrganization(db, 'newco', 'testdorp', 'user:u1');
    const row = await db.organization.findUniqueOrThrow({ where: { slug: 'newco' } });
    expect(row.parentId).toBe(await orgId('testdorp'));
    const audits = await db.auditLog.count();
    await setParentOrganization(db, 'newco', 'testdorp');
    expect(await db.organization.findUniqueOrThrow({ where: { slug: 'newco' } })).toEqual(row);
    expect(await db.auditLog.count()).toBe(audits);
    expect((await loadVisibleTiles(db, 'newco')).map((t) => t.key)).toEqual(['newco-shifts', 'testdorp-town-hall', 'national-holiday-pay']);
  });

  it.each<[string, string, string]>([
    ['acme', 'acme', 'an organization cannot be its own parent'],
    ['acme', 'woonco', 'the parent of an employer must be a municipality, not a housing_provider'],
    ['woonco', 'nl', 'the parent of a housing_provider must be a municipality, not a national'],
    ['testdorp', 'anderdorp', 'the parent of a municipality must be a region, not a municipality'],
    ['nl', 'west', 'a national organization has no parent'],
  ])('refuses %s under %s', async (slug, parent, reason) => {
    await landscape();
    expect(await rejection(setParentOrganization(db, slug, parent))).toEqual({
      code: 'ORGANIZATION_PARENT_INVALID', message: `"${parent}" cannot be the parent of "${slug}": ${reason}`,
    });
  });

  it('places a municipality in its region, and refuses unknown organizations', async () => {
    await landscape();
    await setParentOrganization(db, 'testdorp', 'west');
    expect((await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).parentId).toBe(await orgId('west'));
    expect((await rejection(setParentOrganization(db, 'acme', 'nowhere'))).code).toBe('ORGANIZATION_NOT_FOUND');
  });

  it('refuses to move a layer away while active entry codes open it in its municipality', async () => {
    await landscape();
    await createEntryCode(db, { code: 'acme', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    await createEntryCode(db, { code: 'acme-2', municipalitySlug: 'testdorp', layerSlug: 'acme' });
    expect(await rejection(setParentOrganization(db, 'acme', 'anderdorp'))).toEqual({
      code: 'ORGANIZATION_PARENT_INVALID',
      message: '"anderdorp" cannot be the parent of "acme": active entry codes open its layer in another municipality (acme, acme-2); deactivate them first',
    });
    await setEntryCodeActive(db, 'acme', false);
    await setEntryCodeActive(db, 'acme-2', false);
    await setParentOrganization(db, 'acme', 'anderdorp');
    expect((await resolveEntryCode(db, 'acme', 'testdorp')).fallback).toBe(true);
  });
});
