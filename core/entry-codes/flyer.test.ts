import { describe, expect, it } from 'vitest';
import { FLYER_TEXTS } from '../../flows/flyer-texts/index.ts';
import { renderFlyer, type FlyerInput } from './flyer.ts';
import { drawnChars, pageText, pdfPageCount, readQr, renderPdfPage } from './testing/pdf-inspection.ts';

const web = 'https://chat.example.nl/chat/testdorp?entry=agrifarm-hal-3';
const input = (languages: Array<keyof typeof FLYER_TEXTS>, overrides: Partial<FlyerInput> = {}): FlyerInput => ({
  municipalityName: 'Gemeente Testdorp',
  layerName: 'AgriFarm',
  qrLink: web,
  links: [
    { label: 'Web chat', url: web },
    { label: 'Telegram', url: 'https://t.me/TestdorpBot?start=agrifarm-hal-3' },
    { label: 'WhatsApp', url: 'https://wa.me/31201234567?text=START%20agrifarm-hal-3' },
  ],
  texts: languages.map((lang) => FLYER_TEXTS[lang]),
  title: 'Gemeente Testdorp: hall 3',
  ...overrides,
});

/** Squeezes white space (and a line break after a hyphen), so text wrapped over lines compares with the source text. */
const flat = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ');

describe('the A4 flyer', () => {
  it('is one A4 page whose rendered QR code decodes to the entry link', async () => {
    const pdf = await renderFlyer(input(['pl', 'ro', 'bg', 'uk', 'en', 'nl']));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(1);
    const page = renderPdfPage(pdf, 0);
    // A4 at 144 dpi: 8.27 × 11.69 inches.
    expect([page.width, page.height]).toEqual([1191, 1684]);
    expect(readQr(page)).toBe(web);
  });

  it('writes the municipality, the layer, the links and each invitation', async () => {
    const pdf = await renderFlyer(input(['pl', 'ro', 'lt', 'lv', 'tr', 'en']));
    const text = flat(pageText(pdf, 0));
    for (const expected of ['Gemeente Testdorp', 'AgriFarm', `Web chat: ${web}`, 'Telegram: https://t.me/TestdorpBot?start=agrifarm-hal-3',
      'WhatsApp: https://wa.me/31201234567?text=START%20agrifarm-hal-3']) {
      expect(text).toContain(expected);
    }
    for (const lang of ['pl', 'ro', 'lt', 'lv', 'tr', 'en'] as const) {
      expect(text).toContain(`${FLYER_TEXTS[lang].language} · ${FLYER_TEXTS[lang].title}`);
      expect(text).toContain(flat(FLYER_TEXTS[lang].invitation));
    }
  });

  it('draws Cyrillic, Greek and the Latin letters of every language with real glyphs of the embedded DejaVu Sans', async () => {
    const pdf = await renderFlyer(input(['bg', 'el', 'uk', 'ro', 'tr', 'lv']));
    expect(flat(pageText(pdf, 0))).toContain(flat(FLYER_TEXTS.bg.invitation));
    expect(flat(pageText(pdf, 0))).toContain(flat(FLYER_TEXTS.el.invitation));
    const chars = drawnChars(pdf, 0);
    const letters = 'БъгарскиСнейтеΕλληνικάΣαρώστεЇїєșțȘȚğışİāēīūņļķģž';
    const drawn = chars.filter((c) => letters.includes(c.char));
    expect(new Set(drawn.map((c) => c.char)).size).toBeGreaterThan(20);
    for (const c of drawn) {
      // Glyph 0 is .notdef (an empty box); a subset font's name has a six-letter tag and a plus: it is embedded.
      expect(c.glyph, c.char).toBeGreaterThan(0);
      expect(c.font, c.char).toMatch(/^[A-Z]{6}\+DejaVuSans/);
    }
  });

  it('draws a brand colour bar only for a valid #rrggbb colour', async () => {
    const withBar = renderPdfPage(await renderFlyer(input(['en'], { accent: '#ff0000' })), 0);
    const without = renderPdfPage(await renderFlyer(input(['en'], { accent: 'red; drop' })), 0);
    const red = (image: typeof withBar) => {
      let count = 0;
      for (let i = 0; i < image.data.length; i += 4) if (image.data[i] > 200 && image.data[i + 1] < 60 && image.data[i + 2] < 60) count++;
      return count;
    };
    expect(red(withBar)).toBeGreaterThan(500);
    expect(red(without)).toBe(0);
  });
});
