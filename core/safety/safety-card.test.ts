import { describe, expect, it } from 'vitest';
import { parseOrganizationSettings } from '../content/index.ts';
import { NATIONAL_CARD, NATIONAL_SERVICES, safetyCard } from './safety-card.ts';

const numbers = (kind: Parameters<typeof safetyCard>[0], local?: Parameters<typeof safetyCard>[1]) => safetyCard(kind, local).map((c) => c.phone);

describe('safety card', () => {
  it('has the national numbers exactly as the services publish them', () => {
    expect(NATIONAL_SERVICES.emergency.phone).toBe('112');
    expect(NATIONAL_SERVICES.suicidePrevention).toMatchObject({ name: '113 Zelfmoordpreventie', phone: '0800-0113', url: 'https://www.113.nl', urlKind: 'chat' });
    expect(NATIONAL_SERVICES.domesticViolence).toMatchObject({ name: 'Veilig Thuis', phone: '0800-2000' });
    expect(NATIONAL_SERVICES.fairWork).toMatchObject({ name: 'FairWork', phone: '020 760 08 09', url: 'https://www.fairwork.nu' });
    expect(NATIONAL_SERVICES.labourInspectorate).toMatchObject({ name: 'Nederlandse Arbeidsinspectie', phone: '0800-5151' });
  });

  it('gives each kind the numbers that fit, 112 always among them and first in acute danger', () => {
    expect(numbers('acute')).toEqual(['112']);
    expect(numbers('suicide')).toEqual(['0800-0113', '112']);
    expect(numbers('domestic')).toEqual(['0800-2000', '112']);
    expect(numbers('exploitation')).toEqual(['020 760 08 09', '0800-5151', '112']);
    expect(numbers('eviction')).toEqual(['112', '0800-8020']);
    for (const kind of Object.keys(NATIONAL_CARD) as Array<keyof typeof NATIONAL_CARD>) expect(numbers(kind)).toContain('112');
  });

  it("adds the municipality's entries for the kind, after the national ones, from the settings document", () => {
    const settings = parseOrganizationSettings({
      safetyCard: [
        { name: 'Outreach team', phone: '030 123 45 67', kinds: ['eviction', 'exploitation'] },
        { name: 'Crisis line', url: 'https://example.org/crisis' },
      ],
    });
    expect(safetyCard('eviction', settings.safetyCard).map((c) => c.name)).toEqual(['112', 'Het Juridisch Loket', 'Outreach team', 'Crisis line']);
    expect(safetyCard('acute', settings.safetyCard).map((c) => c.name)).toEqual(['112', 'Crisis line']);
    expect(safetyCard('acute', settings.safetyCard).at(-1)).toEqual({ name: 'Crisis line', url: 'https://example.org/crisis', urlKind: 'website', local: true });
  });

  it('a second kind the message may be adds its numbers and entries after the first kind\'s, without repeats', () => {
    expect(safetyCard('acute', [], 'suicide').map((c) => c.phone)).toEqual(['112', '0800-0113']);
    expect(safetyCard('suicide', [], 'acute').map((c) => c.phone)).toEqual(['0800-0113', '112']);
    const local = [{ name: 'Outreach team', phone: '030 123 45 67', kinds: ['eviction' as const] }];
    expect(safetyCard('acute', local, 'eviction').map((c) => c.name)).toEqual(['112', 'Het Juridisch Loket', 'Outreach team']);
    expect(safetyCard('acute', local, 'acute').map((c) => c.name)).toEqual(['112']);
  });

  it('a malformed settings section falls back to the national card only', () => {
    const settings = parseOrganizationSettings({ safetyCard: [{ name: '', phone: 'call me' }] });
    expect(safetyCard('domestic', settings.safetyCard).map((c) => c.name)).toEqual(['Veilig Thuis', '112']);
  });
});
