import jsQR from 'jsqr';
import * as mupdf from 'mupdf';

/**
 * Test helpers that read what staff print the way a phone and a viewer
 * would: a PDF page rendered to pixels (MuPDF.js, WebAssembly), QR codes
 * found and decoded in those pixels (jsQR), and the text a page draws with
 * the glyph each character was drawn with. Tests only (devDependencies).
 */

/** An RGBA image, as jsQR reads it. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** The pixmap as RGBA; one without alpha is opaque (a pixmap with alpha rendered on nothing would read as black to a QR reader). */
function rgbaOf(pixmap: mupdf.Pixmap): RgbaImage {
  const rgb = pixmap.getColorSpace()?.getNumberOfComponents() === 3
    ? pixmap
    : pixmap.convertToColorSpace(mupdf.ColorSpace.DeviceRGB, Boolean(pixmap.getAlpha()));
  const width = rgb.getWidth();
  const height = rgb.getHeight();
  const pixels = rgb.getPixels();
  const n = rgb.getNumberOfComponents(); // 3, or 4 with alpha
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, o = 0; o < data.length; i += n, o += 4) {
    data[o] = pixels[i];
    data[o + 1] = pixels[i + 1];
    data[o + 2] = pixels[i + 2];
    data[o + 3] = n === 4 ? pixels[i + 3] : 255;
  }
  return { width, height, data };
}

function openPdf(pdf: Uint8Array): mupdf.Document {
  return mupdf.Document.openDocument(pdf, 'application/pdf');
}

export function pdfPageCount(pdf: Uint8Array): number {
  return openPdf(pdf).countPages();
}

/** Page `index` (0-based) rendered at `dpi`, opaque (white paper). */
export function renderPdfPage(pdf: Uint8Array, index: number, dpi = 144): RgbaImage {
  const page = openPdf(pdf).loadPage(index);
  const pixmap = page.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceRGB, false, true);
  return rgbaOf(pixmap);
}

/** A PNG file's pixels. */
export function decodePng(png: Uint8Array): RgbaImage {
  return rgbaOf(new mupdf.Image(png).toPixmap());
}

/** The text of the QR code found in the image, or undefined when there is none (or it cannot be read). */
export function readQr(image: RgbaImage): string | undefined {
  // jsqr is CommonJS: under NodeNext its default export is the module object, whose `default` is the function.
  return jsQR.default(image.data, image.width, image.height)?.data;
}

/** One character a page draws: the glyph id in its font (0 is `.notdef`, the empty box of a missing letter) and the font's name. */
export interface DrawnChar {
  char: string;
  glyph: number;
  font: string;
}

/** Every character page `index` draws, in drawing order. */
export function drawnChars(pdf: Uint8Array, index: number): DrawnChar[] {
  const chars: DrawnChar[] = [];
  const device = new mupdf.Device({
    fillText(text) {
      text.walk({
        showGlyph(font, _trm, glyph, unicode) {
          chars.push({ char: String.fromCodePoint(unicode), glyph, font: font.getName() });
        },
      });
    },
  });
  openPdf(pdf).loadPage(index).run(device, mupdf.Matrix.identity);
  device.close();
  return chars;
}

/** The page's text as a viewer extracts it (for copy and paste, screen readers). */
export function pageText(pdf: Uint8Array, index: number): string {
  return openPdf(pdf).loadPage(index).toStructuredText('preserve-whitespace').asText();
}
