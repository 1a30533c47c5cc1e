import { describe, expect, it } from 'vitest';
import { QR_MARGIN, qrModules, qrPng, qrRuns, qrSvg } from './qr-code.ts';
import { decodePng, readQr } from './testing/pdf-inspection.ts';

const link = 'https://chat.example.nl/chat/testdorp?entry=markt';

describe('QR codes of entry links', () => {
  it('makes a PNG of the requested size that a QR reader decodes to the link', async () => {
    const image = decodePng(await qrPng(link, 300));
    expect([image.width, image.height]).toEqual([300, 300]);
    expect(readQr(image)).toBe(link);
  });

  it('makes a standalone SVG document with the quiet zone in its view box', async () => {
    const svg = await qrSvg(link);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.trim()).toMatch(/<\/svg>$/);
    const size = qrModules(link).size + 2 * QR_MARGIN;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toMatch(/<path[^>]+d="M/);
  });

  it('merges each row\'s dark modules into runs that cover exactly the dark modules', () => {
    const modules = qrModules(link);
    const covered = new Set<string>();
    for (const run of qrRuns(modules)) {
      expect(run.length).toBeGreaterThan(0);
      for (let col = run.col; col < run.col + run.length; col++) covered.add(`${run.row},${col}`);
    }
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.dark(row, col)) dark.add(`${row},${col}`);
    }
    expect(dark.size).toBeGreaterThan(100);
    expect(covered).toEqual(dark);
  });
});
