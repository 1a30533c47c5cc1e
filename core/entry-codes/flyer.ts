import PDFDocument from 'pdfkit';
import { flyerFonts } from './flyer-fonts.ts';
import { qrModules, qrRuns } from './qr-code.ts';
import { pdfBytes } from '../platform/pdf-output.ts';

/**
 * The printable A4 flyer of an entry code: the municipality's name (and the
 * employer's or housing provider's, for a layer's code), a large QR code,
 * an invitation in up to six languages, and the links written out for those
 * who cannot scan. Made with pdfkit; the QR code is drawn as vectors and the
 * text in an embedded DejaVu Sans (see flyer-fonts.ts), so Cyrillic, Greek
 * and every Latin letter of the bot's languages print.
 */

/** One language's flyer text (flows/flyer-texts): its own name, a title and the invitation. */
export interface FlyerText {
  /** The language's name in itself: `Polski`, `Български`. */
  language: string;
  title: string;
  invitation: string;
}

export interface FlyerInput {
  /** Printed as the heading. */
  municipalityName: string;
  /** The employer or housing provider the code opens, printed under the heading. */
  layerName?: string;
  /** The municipality's brand colour (`#rrggbb`), drawn as a bar under the heading; none when left out. */
  accent?: string;
  /** What the QR code opens (usually the web chat link). */
  qrLink: string;
  /** The links written out, in this order; channels that are not configured are left out. */
  links: Array<{ label: string; url: string }>;
  /** The invitations, in the order to print them (at most six fit on the page). */
  texts: FlyerText[];
  /** PDF metadata: the document title. */
  title: string;
}

/** A4 in PDF points (1/72 inch). */
const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
/** The QR code's side in points (~7.4 cm): scannable from a metre away. */
export const FLYER_QR_SIZE = 210;
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';

function drawQr(doc: PDFKit.PDFDocument, link: string, x: number, y: number): void {
  const modules = qrModules(link);
  const cell = FLYER_QR_SIZE / modules.size;
  doc.save();
  for (const run of qrRuns(modules)) doc.rect(x + run.col * cell, y + run.row * cell, run.length * cell, cell);
  doc.fill('#000000');
  doc.restore();
}

/** The flyer as a PDF document (one A4 page for up to six languages). */
export async function renderFlyer(input: FlyerInput): Promise<Buffer> {
  const fonts = flyerFonts();
  const doc = new PDFDocument({
    size: 'A4', margin: PAGE.margin, info: { Title: input.title, Subject: input.qrLink, Creator: 'migrant-info-bot' },
  });
  const done = pdfBytes(doc);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const width = PAGE.width - 2 * PAGE.margin;

  doc.fillColor(INK).font('bold').fontSize(26).text(input.municipalityName, { align: 'center', width });
  if (input.layerName) doc.moveDown(0.2).font('regular').fontSize(15).fillColor(MUTED).text(input.layerName, { align: 'center', width });
  if (input.accent && /^#[0-9a-f]{6}$/i.test(input.accent)) {
    doc.rect((PAGE.width - 120) / 2, doc.y + 8, 120, 4).fill(input.accent);
    doc.y += 12;
  }

  const qrTop = doc.y + 18;
  drawQr(doc, input.qrLink, (PAGE.width - FLYER_QR_SIZE) / 2, qrTop);
  doc.y = qrTop + FLYER_QR_SIZE + 14;

  doc.font('regular').fontSize(9.5).fillColor(MUTED);
  for (const link of input.links) doc.text(`${link.label}: ${link.url}`, PAGE.margin, doc.y, { align: 'center', width });

  doc.moveDown(1.2);
  for (const text of input.texts) {
    doc.fillColor(INK).font('bold').fontSize(12).text(`${text.language} · ${text.title}`, PAGE.margin, doc.y, { width });
    doc.moveDown(0.15).font('regular').fontSize(10.5).fillColor(INK).text(text.invitation, { width, lineGap: 1.5 });
    doc.moveDown(0.7);
  }
  doc.end();
  return done;
}
