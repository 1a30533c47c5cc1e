import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Prisma } from '../../core/platform/db.ts';
import { useStaffAdminWorld } from '../support/staff-admin-world.ts';

/**
 * The organization's audit log for its administrators: a filtered page
 * (GET /api/organizations/:slug/audit) and the CSV export (audit.csv),
 * parsed back here with csv-parse.
 */
const world = useStaffAdminWorld();
const { db } = world;

/** Rows at known times: two staff actions in November, a settings change on 1 December, one of another organization. */
async function seedRows() {
  const testdorp = world.staff.organizations.testdorp;
  const row = (action: string, at: string, organizationId = testdorp, data: Record<string, unknown> = {}) =>
    db.auditLog.create({ data: { actor: `user:${world.staff.admin}`, organizationId, action, entityType: 'x', entityId: 'y', data: data as Prisma.InputJsonObject, createdAt: new Date(at) } });
  await row('staff.invited', '2026-11-02T10:00:00Z', testdorp, { email: 'a@testdorp.example' });
  await row('staff.disabled', '2026-11-20T23:30:00Z');
  await row('organization.settings_changed', '2026-12-01T08:00:00Z', testdorp, { name: { from: 'a', to: '=HYPERLINK("http://evil")' } });
  await row('staff.invited', '2026-11-03T10:00:00Z', world.staff.organizations.otherdorp);
}

describe('audit log', () => {
  it('pages newest first, filters by action prefix and dates, names the actor', async () => {
    await seedRows();
    const admin = await world.login('admin@testdorp.example');
    const all = (await world.call('GET', '/api/organizations/testdorp/audit', admin)).json();
    expect(all).toMatchObject({ page: 1, pageSize: 50, total: 3 });
    expect(all.items.map((i: { action: string }) => i.action)).toEqual(['organization.settings_changed', 'staff.disabled', 'staff.invited']);
    expect(all.items[0]).toMatchObject({ actor: `user:${world.staff.admin}`, actorName: 'admin', at: '2026-12-01T08:00:00.000Z' });

    const staffOnly = (await world.call('GET', '/api/organizations/testdorp/audit?action=staff', admin)).json();
    expect(staffOnly.items.map((i: { action: string }) => i.action)).toEqual(['staff.disabled', 'staff.invited']);
    expect((await world.call('GET', '/api/organizations/testdorp/audit?action=staff.invited', admin)).json().total).toBe(1);
    expect((await world.call('GET', '/api/organizations/testdorp/audit?action=sta', admin)).json().total).toBe(0);
    // `to` as a date includes that whole day.
    const november = (await world.call('GET', '/api/organizations/testdorp/audit?from=2026-11-01&to=2026-11-20', admin)).json();
    expect(november.items.map((i: { action: string }) => i.action)).toEqual(['staff.disabled', 'staff.invited']);
    const page2 = (await world.call('GET', '/api/organizations/testdorp/audit?pageSize=2&page=2', admin)).json();
    expect([page2.total, page2.items.map((i: { action: string }) => i.action)]).toEqual([3, ['staff.invited']]);

    for (const query of ['from=yesterday', 'pageSize=1000', 'page=0', 'from=2026-12-02&to=2026-12-01', 'action=DROP%20TABLE']) {
      const res = await world.call('GET', `/api/organizations/testdorp/audit?${query}`, admin);
      expect([res.statusCode, res.json().code], query).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  it('exports the rows as CSV that parses back, with formulas escaped', async () => {
    await seedRows();
    const admin = await world.login('admin@testdorp.example');
    // And a real staff action through the API.
    await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.worker}/disable`, admin);
    const res = await world.call('GET', '/api/organizations/testdorp/audit.csv', admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-testdorp-\d{4}-\d{2}-\d{2}\.csv"$/);
    const records = parse(res.body, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(records[0])).toEqual(['at', 'actor', 'actor_name', 'action', 'entity_type', 'entity_id', 'data']);
    expect(records.map((r) => r.action)).toEqual(['staff.disabled', 'organization.settings_changed', 'staff.disabled', 'staff.invited']);
    expect(records[0]).toMatchObject({ actor: `user:${world.staff.admin}`, actor_name: 'admin', entity_type: 'staff_user', entity_id: world.staff.worker });
    expect(JSON.parse(records[0].data)).toEqual({ email: 'worker@testdorp.example' });
    expect(records[3]).toMatchObject({ at: '2026-11-02T10:00:00.000Z', data: '{"email":"a@testdorp.example"}' });
    // No cell starts with = + - @ (a spreadsheet would run it); csv-stringify prefixes such cells with '.
    expect(records.every((r) => Object.values(r).every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);
    await db.auditLog.create({ data: { actor: 'cli', organizationId: world.staff.organizations.testdorp, action: 'tile.saved', entityType: 'tile', entityId: '=SUM(A1:A9)' } });
    const withFormula = parse((await world.call('GET', '/api/organizations/testdorp/audit.csv?action=tile', admin)).body, { columns: true }) as Array<Record<string, string>>;
    expect(withFormula.map((r) => r.entity_id)).toEqual(["'=SUM(A1:A9)"]);

    const filtered = parse((await world.call('GET', '/api/organizations/testdorp/audit.csv?action=organization&to=2026-12-01', admin)).body, { columns: true });
    expect(filtered).toHaveLength(1);
  });

  it('only the organization\'s administrators read it: members 403, others 404, anonymous 401', async () => {
    await seedRows();
    const editor = await world.login('editor@testdorp.example');
    const otherAdmin = await world.login('admin@otherdorp.example');
    for (const url of ['/api/organizations/testdorp/audit', '/api/organizations/testdorp/audit.csv']) {
      expect((await world.call('GET', url)).statusCode).toBe(401);
      expect((await world.call('GET', url, editor)).statusCode).toBe(403);
      const other = await world.call('GET', url, otherAdmin);
      expect([other.statusCode, other.body.includes('a@testdorp.example')]).toEqual([404, false]);
    }
    // otherdorp's admin sees only otherdorp's row.
    expect((await world.call('GET', '/api/organizations/otherdorp/audit', otherAdmin)).json().total).toBe(1);
  });
});
