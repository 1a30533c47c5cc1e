import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { StaticAsset } from './static-assets.ts';

/**
 * The staff app (admin/web/app) bundled for the browser: the entry script, the chunks its pages load when
 * first opened, and the stylesheets, all named by content hash.
 */
export interface StaffAppBundle {
  /** File name (`main-<hash>.js`, `chunk-<hash>.js`, `main-<hash>.css`, `chunk-<hash>.css`) to file. */
  files: ReadonlyMap<string, StaticAsset>;
  /** Name of the entry script. */
  script: string;
  /** Name of the entry's stylesheet (the shell's styles). */
  stylesheet: string;
  /** Every stylesheet, the entry's first: the page links them all (esbuild does not load a chunk's CSS by itself). */
  stylesheets: string[];
}

/** The app's entry module (React root and router). */
export const STAFF_APP_ENTRY = fileURLToPath(new URL('./app/main.tsx', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * Compiles and bundles the app's TSX with esbuild (in memory, minified,
 * React in production mode, no source maps), split into chunks: the pages
 * the route table loads with `lazyPage` (and what only they use, such as
 * the reports' chart library) are fetched when first opened, so the entry
 * script stays small.
 */
export async function buildStaffAppBundle(): Promise<StaffAppBundle> {
  const result = await build({
    entryPoints: [STAFF_APP_ENTRY],
    bundle: true,
    write: false,
    outdir: '/staff-app',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    jsx: 'automatic',
    minify: true,
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const files = new Map<string, StaticAsset>();
  for (const file of result.outputFiles) {
    const name = basename(file.path);
    const contentType = CONTENT_TYPES[name.split('.').pop() ?? ''];
    if (!contentType) throw new Error(`staff app bundle: unexpected output ${name}`);
    const body = Buffer.from(file.contents);
    files.set(name, { body, contentType, hash: createHash('sha256').update(body).digest('hex').slice(0, 16) });
  }
  const script = [...files.keys()].find((n) => n.startsWith('main-') && n.endsWith('.js'));
  const stylesheet = [...files.keys()].find((n) => n.startsWith('main-') && n.endsWith('.css'));
  if (!script || !stylesheet) throw new Error('staff app bundle: no script or stylesheet');
  const stylesheets = [stylesheet, ...[...files.keys()].filter((n) => n.endsWith('.css') && n !== stylesheet).sort()];
  return { files, script, stylesheet, stylesheets };
}

let cached: Promise<StaffAppBundle> | undefined;

/**
 * The bundle of this process: built on the first call (the first request
 * for the app), then the same promise. A failed build is not kept, so the
 * next request tries again (and the error reaches the log each time).
 */
export function staffAppBundle(): Promise<StaffAppBundle> {
  cached ??= buildStaffAppBundle().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
