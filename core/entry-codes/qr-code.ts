import QRCode from 'qrcode';

/**
 * QR codes of entry links, as staff download them (PNG, SVG) and as the
 * flyer draws them (the modules, so the PDF holds vectors that print sharp
 * at any size). Error correction level M (15 %): survives a crease or a
 * smudge on a poster while keeping the modules large enough for old phone
 * cameras. Pure, no I/O.
 */

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
export const QR_MARGIN = 4;
const ERROR_CORRECTION = 'M' as const;

/** Default and limits of a PNG's width in pixels. */
export const QR_PNG_SIZE = { default: 512, min: 128, max: 2048 } as const;

/** The link as a PNG, `size` pixels wide and high (quiet zone included). */
export async function qrPng(link: string, size: number = QR_PNG_SIZE.default): Promise<Buffer> {
  return QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: ERROR_CORRECTION, margin: QR_MARGIN, width: size });
}

/** The link as a standalone SVG document (scales without loss; for print shops). */
export async function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION, margin: QR_MARGIN });
}

/** A QR code's modules: `size` × `size`, `dark(row, col)` true for a black one. No quiet zone. */
export interface QrModules {
  size: number;
  dark(row: number, col: number): boolean;
}

/** The link's modules, for drawing the code as vectors. */
export function qrModules(link: string): QrModules {
  const { modules } = QRCode.create(link, { errorCorrectionLevel: ERROR_CORRECTION });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

/**
 * The dark modules of each row merged into horizontal runs, so a drawing has
 * one rectangle per run instead of one per module (no hairline seams between
 * neighbours when a viewer antialiases, and a smaller file).
 */
export function qrRuns(modules: QrModules): Array<{ row: number; col: number; length: number }> {
  const runs: Array<{ row: number; col: number; length: number }> = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.dark(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ row, col: start, length: col - start });
        start = -1;
      }
    }
  }
  return runs;
}
