import { describe, expect, it } from 'vitest';
import { brandingSchema, contrastRatio, organizationSettingsSchema, parseOrganizationSettings } from './organization-settings.ts';

describe('contrastRatio (WCAG 2)', () => {
  it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f6feb', '#1f6feb')).toBe(1);
    expect(contrastRatio('#0063b1', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#0063b1'), 10);
    // The staff pages' button blue on white: a known AA pass (about 6.3:1).
    expect(contrastRatio('#0063b1', '#ffffff')).toBeGreaterThan(6);
  });
});

describe('brandingSchema', () => {
  it('stores #rgb as lower-case #rrggbb and accepts dark and light brand colours', () => {
    expect(brandingSchema.parse({ colour: '#0A5' })).toEqual({ colour: '#00aa55' });
    expect(brandingSchema.parse({ colour: '#1F6FEB', logoUrl: 'https://example.org/logo.svg' })).toEqual({ colour: '#1f6feb', logoUrl: 'https://example.org/logo.svg' });
    // Light colours are fine too: the chat page writes near-black on them.
    expect(brandingSchema.parse({ colour: '#ffd700' }).colour).toBe('#ffd700');
    expect(brandingSchema.parse({})).toEqual({});
  });

  it('refuses colours text cannot be read on, other notations, non-https logos and unknown fields', () => {
    for (const colour of ['#777777', '#808080', 'red', 'rgb(0,0,0)', '#12345', '#gggggg', '']) {
      expect(brandingSchema.safeParse({ colour }).success, colour).toBe(false);
    }
    for (const logoUrl of ['http://example.org/logo.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'not a url']) {
      expect(brandingSchema.safeParse({ logoUrl }).success, logoUrl).toBe(false);
    }
    expect(brandingSchema.safeParse({ color: '#000000' }).success).toBe(false);
  });
});

describe('organizationSettingsSchema: referral agencies', () => {
  it('defaults to none and keeps a valid list; a broken section falls back alone', () => {
    expect(organizationSettingsSchema.parse({}).referralAgencies).toEqual([]);
    const agency = { name: 'Juridisch Loket', phone: '0900 8020', url: 'https://www.juridischloket.nl', email: 'info@example.org' };
    expect(organizationSettingsSchema.parse({ referralAgencies: [agency] }).referralAgencies).toEqual([agency]);
    expect(organizationSettingsSchema.safeParse({ referralAgencies: [{ name: '' }] }).success).toBe(false);
    expect(organizationSettingsSchema.safeParse({ referralAgencies: [{ name: 'X', email: 'nope' }] }).success).toBe(false);
    const stored = parseOrganizationSettings({ referralAgencies: 'garbage', embedOrigins: ['https://example.org'] });
    expect(stored).toMatchObject({ referralAgencies: [], embedOrigins: ['https://example.org'] });
  });
});
