/** Longest `next` path the login page follows. */
export const NEXT_MAX_LENGTH = 2048;

const BASE = 'http://same-site.invalid';

/**
 * The path to go to after signing in, when `value` is a path on this site:
 * it must start with one `/` (not `//` or `/\`, which browsers read as
 * another host), contain no backslash or control character, and stay on this
 * origin when resolved. Anything else (absolute URLs, `javascript:`,
 * protocol-relative URLs) gives undefined: no open redirect.
 * @returns the normalized path with query and fragment.
 */
export function safeNextPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > NEXT_MAX_LENGTH) return undefined;
  if (value[0] !== '/' || value[1] === '/' || value[1] === '\\') return undefined;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
