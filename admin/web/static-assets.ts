import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

/** A file of the staff UI held in memory, served with its content hash as cache key. */
export interface StaticAsset {
  body: Buffer;
  contentType: string;
  /** First 16 hex digits of the SHA-256 of the body: the `?v=` of page URLs and the ETag. */
  hash: string;
}

/** The staff UI's files (admin/web/public), by name. */
export type StaticAssets = ReadonlyMap<string, StaticAsset>;

/** URL prefix of the staff UI's files. */
export const STAFF_ASSETS_PREFIX = '/staff-assets/';

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Loads the named files of admin/web/public (`.js` and `.css`) into memory. */
export async function loadStaticAssets(names: readonly string[]): Promise<StaticAssets> {
  const dir = new URL('./public/', import.meta.url);
  const entries = await Promise.all(names.map(async (name): Promise<[string, StaticAsset]> => {
    const contentType = CONTENT_TYPES[name.split('.').pop() ?? ''];
    if (!contentType) throw new Error(`no content type for ${name}`);
    const body = await readFile(new URL(name, dir));
    return [name, { body, contentType, hash: createHash('sha256').update(body).digest('hex').slice(0, 16) }];
  }));
  return new Map(entries);
}

/** The versioned URL of an asset (cached for a year under that URL). */
export function assetUrl(assets: StaticAssets, name: string): string {
  const asset = assets.get(name);
  if (!asset) throw new Error(`unknown staff asset ${name}`);
  return `${STAFF_ASSETS_PREFIX}${name}?v=${asset.hash}`;
}

const assetParams = { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 64 } } } as const;
const assetQuery = { type: 'object', properties: { v: { type: 'string', maxLength: 64 } } } as const;

/**
 * `GET /staff-assets/:name`: the files, with ETag, `nosniff`, and year-long
 * caching when the URL carries the current hash (five minutes otherwise).
 */
export function staticAssetRoute(app: FastifyInstance, assets: StaticAssets): void {
  app.get<{ Params: { name: string }; Querystring: { v?: string } }>(
    `${STAFF_ASSETS_PREFIX}:name`,
    { schema: { params: assetParams, querystring: assetQuery } },
    async (request, reply) => {
      const asset = assets.get(request.params.name);
      if (!asset) return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
      const etag = `"${asset.hash}"`;
      void reply
        .type(asset.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('etag', etag)
        .header('cache-control', request.query.v === asset.hash ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.send(asset.body);
    },
  );
}
