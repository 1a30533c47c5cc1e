/**
 * Text that PostgreSQL, JSON logs and channel APIs cannot carry: the NUL
 * character (PostgreSQL's `text` refuses it), the other C0 control
 * characters except tab, line feed and carriage return, and lone UTF-16
 * surrogates (not Unicode at all; they fail on encoding). Input arrives as
 * parsed JSON, so the checks walk whole values: strings, array items, object
 * keys and values.
 */

/** C0 controls other than \t \n \r. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

/** Nesting deeper than this is not walked further (JSON bodies are limited in size anyway). */
const MAX_DEPTH = 64;

/** True when `text` has no NUL, no other C0 control except \t \n \r, and no lone surrogate. */
export function isValidText(text: string): boolean {
  return !CONTROL.test(text) && !LONE_SURROGATE.test(text);
}

/** `text` without the characters {@link isValidText} refuses (lone surrogates become U+FFFD). */
export function cleanText(text: string): string {
  if (isValidText(text)) return text;
  return text.replace(CONTROL_ALL, '').replace(LONE_SURROGATE_ALL, '\uFFFD');
}

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  // Parsed JSON has Object.prototype; query-string parsers use null-prototype objects or templates of them.
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * The path of the first string in `value` (a parsed JSON document) that is
 * not valid text, e.g. `email` or `items[2].text`; undefined when all are
 * valid. Object keys count too. Buffers and other non-JSON objects are not
 * looked into.
 */
export function findInvalidText(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return isValidText(value) ? undefined : path || '(value)';
  if (depth > MAX_DEPTH || !isPlainContainer(value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInvalidText(value[i], `${path}[${i}]`, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!isValidText(key)) return `${path ? `${path}.` : ''}${cleanText(key)}`;
    const found = findInvalidText(item, at, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Cleans every string of a parsed JSON document in place (see
 * {@link cleanText}), keys included, and returns it; a string at the top
 * level is returned cleaned. @returns the number of strings changed as well.
 */
export function cleanInvalidText<T>(value: T, depth = 0): { value: T; changed: number } {
  if (typeof value === 'string') {
    const cleaned = cleanText(value);
    return { value: cleaned as T, changed: cleaned === value ? 0 : 1 };
  }
  if (depth > MAX_DEPTH || !isPlainContainer(value)) return { value, changed: 0 };
  let changed = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = cleanInvalidText(value[i], depth + 1);
      value[i] = item.value;
      changed += item.changed;
    }
    return { value, changed };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = cleanInvalidText(record[key], depth + 1);
    changed += item.changed;
    const cleanKey = cleanText(key);
    if (cleanKey === key) {
      record[key] = item.value;
      continue;
    }
    delete record[key];
    changed++;
    // An own property even for a name like `__proto__`: cleaning must never reach a prototype.
    Object.defineProperty(record, cleanKey, { value: item.value, enumerable: true, writable: true, configurable: true });
  }
  return { value, changed };
}
