/**
 * What staff print for an entry code: its QR code (PNG, SVG) and an A4
 * flyer (PDF). The codes themselves, their links and counts live in
 * core/content (entry-codes.ts, entry-links.ts).
 */
export { QR_MARGIN, QR_PNG_SIZE, qrModules, qrPng, qrRuns, qrSvg, type QrModules } from './qr-code.ts';
export { FLYER_MAX_LANGUAGES, flyerLanguages } from './flyer-languages.ts';
export { FLYER_QR_SIZE, renderFlyer, type FlyerInput, type FlyerText } from './flyer.ts';
export { flyerFonts, type FlyerFonts } from './flyer-fonts.ts';
