import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The flyer's typeface: DejaVu Sans, from the `dejavu-fonts-ttf` npm package
 * (installed by `npm ci`, so a fresh clone prints the same flyer as this
 * machine). PDF's built-in Helvetica covers Western European letters only;
 * DejaVu Sans has every letter of the bot's 18 languages (Polish, Romanian
 * ș/ț, Czech, Baltic, Turkish ğ/ş/ı, Cyrillic, Greek). The PDF embeds only
 * the glyphs it uses.
 */

export interface FlyerFonts {
  regular: string;
  bold: string;
}

let cached: FlyerFonts | undefined;

/** Paths of the regular and bold TrueType files. */
export function flyerFonts(): FlyerFonts {
  if (!cached) {
    const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    cached = { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
  }
  return cached;
}
