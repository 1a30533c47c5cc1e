import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../core/languages/index.ts';
import flyerJson from './flyer.json' with { type: 'json' };
import { FLYER_TEXTS, flyerTextProblems } from './index.ts';

describe('flyer texts', () => {
  it('has the invitation in all 18 languages, with every key English has', () => {
    expect(SUPPORTED_LANGUAGES).toHaveLength(18);
    expect(flyerTextProblems(flyerJson)).toEqual([]);
    expect(Object.keys(FLYER_TEXTS).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    for (const lang of SUPPORTED_LANGUAGES) {
      expect(Object.keys(FLYER_TEXTS[lang]).sort(), lang).toEqual(['invitation', 'language', 'title']);
    }
  });

  it.each(SUPPORTED_LANGUAGES.filter((lang) => lang !== 'en'))('%s is translated, not left in English', (lang) => {
    for (const key of ['language', 'title', 'invitation'] as const) expect(FLYER_TEXTS[lang][key], key).not.toBe(FLYER_TEXTS.en[key]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s invites to scan the QR code and stays short enough for six languages on one page', (lang) => {
    const { title, invitation } = FLYER_TEXTS[lang];
    expect(invitation).toMatch(/QR/);
    expect(invitation).toContain('BSN');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(invitation.length).toBeLessThanOrEqual(220);
  });

  it('names a missing language, a missing key and markup', () => {
    const broken: Record<string, unknown> = structuredClone(flyerJson);
    delete broken.uk;
    delete (broken.pl as Record<string, unknown>).title;
    (broken.ro as Record<string, string>).invitation = 'Scanați <b>codul</b>';
    expect(flyerTextProblems(broken)).toEqual(expect.arrayContaining([
      'flyer uk: language missing', 'flyer pl: title: missing', 'flyer ro: invitation: contains markup',
    ]));
  });
});
