import type { FastifyInstance } from 'fastify';
import { entryLinks, findOrganizationProfile, type EntryCode, type EntryLinkOptions, type EntryLinks } from '../../../core/content/index.ts';
import { flyerLanguages, qrPng, qrSvg, renderFlyer } from '../../../core/entry-codes/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { FLYER_TEXTS } from '../../../flows/flyer-texts/index.ts';
import { principalOf, visibleCode } from './entry-code-access.ts';
import { TAGS, codeParams, flyerQuery, linkQuery, pngQuery, type EntryLinkKind } from './entry-code-schemas.ts';

export interface EntryCodeFileRoutesOptions {
  db: DbClient;
  links: () => EntryLinkOptions;
}

/** How each link is named on the flyer (channel names, the same in every language). */
const LINK_LABELS: Readonly<Record<EntryLinkKind, string>> = { web: 'Web chat', telegram: 'Telegram', whatsapp: 'WhatsApp' };

/** The chosen link. @throws AppError ENTRY_LINK_UNAVAILABLE when that channel is not configured. */
function chosenLink(links: EntryLinks, kind: EntryLinkKind): string {
  const link = links[kind];
  if (!link) throw new AppError('ENTRY_LINK_UNAVAILABLE', { channel: LINK_LABELS[kind] });
  return link;
}

/** `qr-markt-web.png`: safe as it is (codes are `a-z0-9-`). */
const fileName = (entry: EntryCode, suffix: string) => `${entry.code}-${suffix}`;

/**
 * What staff print, for anyone who may see the code (404 otherwise):
 *
 * - `GET /api/entry-codes/:code/qr.png?link=web|telegram|whatsapp&size=512`
 * - `GET /api/entry-codes/:code/qr.svg?link=...`
 * - `GET /api/entry-codes/:code/flyer.pdf?link=...&languages=pl,ro,bg,uk,en,nl`:
 *   an A4 flyer with the QR code, the municipality's name, the invitation in
 *   up to six languages (default: the municipality's first six enabled ones)
 *   and the links written out.
 *
 * The QR code opens the web chat link unless `link` names another; a
 * channel this server does not run is 404 ENTRY_LINK_UNAVAILABLE.
 */
export async function entryCodeFileRoutes(app: FastifyInstance, options: EntryCodeFileRoutesOptions): Promise<void> {
  const { db } = options;
  const guard = app.requireStaff();

  app.get<{ Params: { code: string }; Querystring: { link: EntryLinkKind; size: number } }>('/api/entry-codes/:code/qr.png', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'The QR code of an entry link as PNG (image/png)', params: codeParams, querystring: pngQuery },
  }, async (request, reply) => {
    const entry = await visibleCode(db, principalOf(request), request.params.code);
    const png = await qrPng(chosenLink(entryLinks(entry, options.links()), request.query.link), request.query.size);
    return reply.type('image/png').header('content-disposition', `inline; filename="qr-${fileName(entry, request.query.link)}.png"`).send(png);
  });

  app.get<{ Params: { code: string }; Querystring: { link: EntryLinkKind } }>('/api/entry-codes/:code/qr.svg', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'The QR code of an entry link as SVG (image/svg+xml)', params: codeParams, querystring: linkQuery },
  }, async (request, reply) => {
    const entry = await visibleCode(db, principalOf(request), request.params.code);
    const svg = await qrSvg(chosenLink(entryLinks(entry, options.links()), request.query.link));
    return reply.type('image/svg+xml').header('content-disposition', `inline; filename="qr-${fileName(entry, request.query.link)}.svg"`).send(svg);
  });

  app.get<{ Params: { code: string }; Querystring: { link: EntryLinkKind; languages?: string } }>('/api/entry-codes/:code/flyer.pdf', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'A printable A4 flyer with the QR code (application/pdf)', params: codeParams, querystring: flyerQuery },
  }, async (request, reply) => {
    const entry = await visibleCode(db, principalOf(request), request.params.code);
    const links = entryLinks(entry, options.links());
    const qrLink = chosenLink(links, request.query.link);
    const profile = await findOrganizationProfile(db, entry.municipality.slug);
    const languages = flyerLanguages(request.query.languages, profile?.languages ?? []);
    const pdf = await renderFlyer({
      municipalityName: entry.municipality.name,
      accent: profile?.colour,
      layerName: entry.layer?.name,
      qrLink,
      links: (['web', 'telegram', 'whatsapp'] as const).flatMap((kind) => (links[kind] ? [{ label: LINK_LABELS[kind], url: links[kind] }] : [])),
      texts: languages.map((lang) => FLYER_TEXTS[lang]),
      title: `${entry.municipality.name}: ${entry.label ?? entry.code}`,
    });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="flyer-${fileName(entry, languages.join('-'))}.pdf"`).send(pdf);
  });
}
