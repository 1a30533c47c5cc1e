import { describe, expect, it } from 'vitest';
import { useStaffAdminWorld } from '../support/staff-admin-world.ts';

/**
 * National administrators create organizations and choose where employers
 * and housing providers are active (layer_activations); nobody else may.
 */
const world = useStaffAdminWorld();
const { db } = world;

const create = (session: Awaited<ReturnType<typeof world.login>>, payload: Record<string, unknown>) =>
  world.call('POST', '/api/organizations', session, payload);

describe('organizations', () => {
  it('a national administrator creates a region, a municipality in it, an employer and a housing provider, and lists them', async () => {
    const national = await world.login('national@nl.example');
    const region = await create(national, { slug: 'westland', name: 'Regio Westland', kind: 'region' });
    expect([region.statusCode, region.json()]).toEqual([201, expect.objectContaining({ slug: 'westland', kind: 'region', parentSlug: null })]);
    const town = await create(national, { slug: 'nieuwdorp', name: 'Gemeente Nieuwdorp', kind: 'municipality', parentSlug: 'westland', enabledLanguages: ['nl', 'pl', 'ro'] });
    expect(town.json()).toMatchObject({ slug: 'nieuwdorp', kind: 'municipality', parentSlug: 'westland', enabledLanguages: ['nl', 'pl', 'ro'] });
    const employer = await create(national, { slug: 'kasbloem', name: 'Kasbloem BV', kind: 'employer', parentSlug: 'nieuwdorp' });
    expect([employer.statusCode, employer.json()]).toEqual([201, expect.objectContaining({ kind: 'employer', parentSlug: 'nieuwdorp', activeIn: ['nieuwdorp'] })]);
    const housing = await create(national, { slug: 'huisvest', name: 'Huisvest', kind: 'housing_provider', parentSlug: 'testdorp' });
    expect(housing.json()).toMatchObject({ kind: 'housing_provider', activeIn: ['testdorp'] });

    const list = await world.call('GET', '/api/organizations', national);
    expect(list.json().mayCreate).toBe(true);
    expect(list.json().items.map((o: { slug: string }) => o.slug).sort()).toEqual(['huisvest', 'kasbloem', 'nieuwdorp', 'nl', 'otherdorp', 'testdorp', 'westland']);
    const actions = await db.auditLog.findMany({ where: { action: 'organization.created' }, select: { actor: true, data: true } });
    expect(actions).toHaveLength(4);
    expect(new Set(actions.map((a) => a.actor))).toEqual(new Set([`user:${world.staff.national}`]));
  });

  it('refuses bad input with 400 and a taken slug with 409; nothing half-made stays', async () => {
    const national = await world.login('national@nl.example');
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ slug: 'Bad Slug', name: 'X', kind: 'municipality' }, 400, 'VALIDATION_FAILED'],
      [{ slug: 'x-corp', name: 'X', kind: 'employer' }, 400, 'VALIDATION_FAILED'],
      [{ slug: 'x-corp', name: 'X', kind: 'national' }, 400, 'VALIDATION_FAILED'],
      [{ slug: 'x-town', name: 'X', kind: 'municipality', enabledLanguages: ['xx'] }, 400, 'VALIDATION_FAILED'],
      [{ slug: 'x-corp', name: 'X', kind: 'employer', parentSlug: 'nowhere' }, 404, 'ORGANIZATION_NOT_FOUND'],
      [{ slug: 'x-corp', name: 'X', kind: 'employer', parentSlug: 'nl' }, 400, 'ORGANIZATION_PARENT_INVALID'],
      [{ slug: 'testdorp', name: 'X', kind: 'municipality' }, 409, 'ORGANIZATION_SLUG_TAKEN'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await create(national, payload);
      expect([res.statusCode, res.json().code], JSON.stringify(payload)).toEqual([status, code]);
    }
    expect(await db.organization.count({ where: { slug: { in: ['x-corp', 'x-town'] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'organization.created' } })).toBe(0);
  });

  it('sets where an employer is active; refuses non-municipalities, and removing a municipality its active entry codes use', async () => {
    const national = await world.login('national@nl.example');
    await create(national, { slug: 'kasbloem', name: 'Kasbloem BV', kind: 'employer', parentSlug: 'testdorp' });
    const set = await world.call('PUT', '/api/organizations/kasbloem/activations', national, { municipalities: ['testdorp', 'otherdorp'] });
    expect([set.statusCode, set.json()]).toEqual([200, { layer: 'kasbloem', municipalities: ['otherdorp', 'testdorp'] }]);
    expect((await world.call('GET', '/api/organizations/kasbloem/activations', national)).json().municipalities).toEqual(['otherdorp', 'testdorp']);
    const layer = await db.organization.findUniqueOrThrow({ where: { slug: 'kasbloem' } });
    expect(await db.layerActivation.count({ where: { layerId: layer.id } })).toBe(2);

    const notMunicipality = await world.call('PUT', '/api/organizations/kasbloem/activations', national, { municipalities: ['nl'] });
    expect([notMunicipality.statusCode, notMunicipality.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const notLayer = await world.call('PUT', '/api/organizations/testdorp/activations', national, { municipalities: ['otherdorp'] });
    expect(notLayer.statusCode).toBe(400);

    await db.entryCode.create({ data: { code: 'kasbloem-other', organizationId: world.staff.organizations.otherdorp, layerOrganizationId: layer.id, active: true } });
    const inUse = await world.call('PUT', '/api/organizations/kasbloem/activations', national, { municipalities: ['testdorp'] });
    expect([inUse.statusCode, inUse.json().code]).toEqual([409, 'ACTIVATION_IN_USE']);
    expect(inUse.json().message).toContain('kasbloem-other');
    await db.entryCode.updateMany({ where: { code: 'kasbloem-other' }, data: { active: false } });
    expect((await world.call('PUT', '/api/organizations/kasbloem/activations', national, { municipalities: ['testdorp'] })).json().municipalities).toEqual(['testdorp']);
    const audit = await db.auditLog.findMany({ where: { action: 'organization.activations_changed' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.data)).toEqual([
      { activeIn: ['otherdorp', 'testdorp'], added: ['otherdorp'], removed: [] },
      { activeIn: ['testdorp'], added: [], removed: ['otherdorp'] },
    ]);
  });

  it('a municipal administrator cannot create organizations or change activations, and lists only its own', async () => {
    const national = await world.login('national@nl.example');
    await create(national, { slug: 'kasbloem', name: 'Kasbloem BV', kind: 'employer', parentSlug: 'testdorp' });
    const admin = await world.login('admin@testdorp.example');
    const created = await create(admin, { slug: 'mine', name: 'Mine', kind: 'municipality' });
    expect([created.statusCode, created.json().code]).toEqual([403, 'FORBIDDEN']);
    // Not a member of kasbloem: as if it did not exist.
    const put = await world.call('PUT', '/api/organizations/kasbloem/activations', admin, { municipalities: ['testdorp', 'otherdorp'] });
    expect(put.statusCode).toBe(404);
    // A member of testdorp, but not a national administrator: 403.
    expect((await world.call('GET', '/api/organizations/testdorp/activations', admin)).statusCode).toBe(403);
    const list = await world.call('GET', '/api/organizations', admin);
    expect(list.json()).toEqual({ mayCreate: false, items: [expect.objectContaining({ slug: 'testdorp' })] });
    expect(await db.organization.count({ where: { slug: 'mine' } })).toBe(0);
    expect((await world.call('POST', '/api/organizations', undefined, { slug: 'anon', name: 'A', kind: 'region' })).statusCode).toBe(401);
  });
});
