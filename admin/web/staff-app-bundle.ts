import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { StaticAsset } from './static-assets.ts';

/** The staff app (admin/web/app) bundled for the browser: one script and one stylesheet, named by content hash. */
export interface StaffAppBundle {
  /** File name (`main-<hash>.js`, `main-<hash>.css`) to file. */
  files: ReadonlyMap<string, StaticAsset>;
  /** Name of the entry script. */
  script: string;
  /** Name of the stylesheet. */
  stylesheet: string;
}

/** The app's entry module (React root and router). */
export const STAFF_APP_ENTRY = fileURLToPath(new URL('./app/main.tsx', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * Compiles and bundles the app's TSX with esbuild (in memory, minified,
 * React in production mode, no source maps, no code splitting: pages the
 * route table loads with `lazyPage` end up in the one script).
 */
export async function buildStaffAppBundle(): Promise<StaffAppBundle> {
  const result = await build({
    entryPoints: [STAFF_APP_ENTRY],
    bundle: true,
    write: false,
    outdir: '/staff-app',
    entryNames: '[name]-[hash]',
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
  const script = [...files.keys()].find((n) => n.endsWith('.js'));
  const stylesheet = [...files.keys()].find((n) => n.endsWith('.css'));
  if (!script || !stylesheet) throw new Error('staff app bundle: no script or stylesheet');
  return { files, script, stylesheet };
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
