/**
 * The one error catalogue. Every error the application raises on purpose is an
 * AppError with a stable code; the HTTP layer maps `status`, the CLI prints
 * `code: message`, jobs read `retryable` to choose between retry and give-up.
 */
export interface ErrorDefinition {
  /** HTTP status the admin API answers with. */
  status: number;
  /** Message template; `{name}` placeholders are filled from `params`. */
  message: string;
  /** For jobs: true when trying again later may succeed (network, rate limit). */
  retryable?: boolean;
}

export const ERRORS = {
  CONFIG_INVALID: { status: 500, message: 'Configuration is invalid: {details}' },
  NOT_FOUND: { status: 404, message: '{what} not found' },
  ORGANIZATION_NOT_FOUND: { status: 404, message: 'Organization "{slug}" not found' },
  /** setParentOrganization: the kinds do not nest that way, or entry codes tie the organization to another municipality. */
  ORGANIZATION_PARENT_INVALID: { status: 400, message: '"{parent}" cannot be the parent of "{slug}": {reason}' },
  /** createEntryCode: malformed code or label, or a municipality/layer combination a chat cannot enter through. */
  ENTRY_CODE_INVALID: { status: 400, message: 'Entry code "{code}" is invalid: {reason}' },
  ENTRY_CODE_TAKEN: { status: 409, message: 'Entry code "{code}" is already in use' },
  /** A QR code or flyer for a channel this server does not run (no Telegram bot or WhatsApp number configured). */
  ENTRY_LINK_UNAVAILABLE: { status: 404, message: 'No {channel} link: {channel} is not configured on this server' },
  VALIDATION_FAILED: { status: 400, message: '{details}' },
  /** A request field holds text no one can store: a NUL, another control character (tab, line breaks are fine) or a broken UTF-16 pair. `field` names it. */
  INPUT_INVALID_TEXT: { status: 400, message: 'Field "{field}" contains characters that are not allowed (control characters or invalid Unicode)' },
  /** The request body is not valid JSON (or is empty where JSON was announced). */
  BODY_MALFORMED: { status: 400, message: 'Request body is not valid JSON' },
  /** The request body is over the route's size limit. */
  BODY_TOO_LARGE: { status: 413, message: 'Request body is too large' },
  /** The request's Content-Type is not one the route reads (JSON, as a rule). */
  MEDIA_TYPE_UNSUPPORTED: { status: 415, message: 'Content type is not supported; send application/json' },
  IMPORT_INVALID: { status: 400, message: 'Import rejected, nothing was changed:\n{details}' },
  UNKNOWN_LANGUAGE: { status: 400, message: 'Language "{lang}" is not supported' },
  MESSAGE_TOO_LONG: { status: 413, message: 'Message is longer than {max} characters' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'Database is unavailable', retryable: true },
  /** A service the request needs (Redis behind sign-in, for one) did not answer; nothing was done. */
  SERVICE_UNAVAILABLE: { status: 503, message: '{what} is unavailable right now; try again shortly', retryable: true },
  MIGRATION_FAILED: { status: 500, message: 'Migration failed: {details}' },
  FILE_ACCESS_FAILED: { status: 400, message: 'Cannot {action} {path}: {reason}' },
  INVALID_TRANSITION: { status: 409, message: 'A conversation in state "{from}" cannot be {trigger}' },
  /** Someone else changed the conversation's state at the same moment (two workers claiming it): reload and try again. */
  CONVERSATION_CHANGED: { status: 409, message: 'The conversation was changed by someone else just now; reload it' },
  /** Inbox: replying or releasing needs the conversation to be claimed by this worker. */
  CONVERSATION_NOT_HELD: { status: 409, message: 'Claim the conversation before you write or release it' },
  /** Inbox: the worker's message could not be translated; nothing was sent (send it untranslated, or try later). */
  TRANSLATION_UNAVAILABLE: { status: 503, message: 'Not sent: {warning}', retryable: true },
  /** A dialog turn kept meeting concurrent changes of its conversation; the job tries again later. */
  CONVERSATION_BUSY: { status: 409, message: 'The conversation changed {attempts} times while a turn was computed', retryable: true },
  /** A channel webhook (WhatsApp Cloud API X-Hub-Signature-256) whose signature is missing or wrong: nothing was processed. */
  WEBHOOK_SIGNATURE_INVALID: { status: 401, message: 'Webhook signature is missing or does not match' },
  /** Staff API: no valid session (sign in at /login). */
  AUTH_REQUIRED: { status: 401, message: 'Sign in to continue' },
  /** Staff sign-in: the same answer for an unknown, disabled or passwordless account and a wrong password. */
  LOGIN_FAILED: { status: 401, message: 'Email address or password is incorrect' },
  /** Staff sign-in: too many failed attempts; `wait` says how long until the next try ("15 minutes"). */
  ACCOUNT_LOCKED: { status: 423, message: 'Too many failed sign-ins: try again in {wait}' },
  /** Staff API: signed in, but without the role (or organization) the request needs. */
  FORBIDDEN: { status: 403, message: 'You are not allowed to do this' },
  /** Staff one-time link (invitation, password reset): no such link. */
  TOKEN_NOT_FOUND: { status: 404, message: 'This link is not valid; ask your administrator for a new one' },
  /** Staff one-time link older than its lifetime (invitation 72 h, password reset 24 h). */
  TOKEN_EXPIRED: { status: 410, message: 'This link has expired; ask your administrator for a new one' },
  /** Staff one-time link already used (or replaced by a newer one). */
  TOKEN_USED: { status: 410, message: 'This link has already been used; ask your administrator for a new one' },
  /** Invitation for an email address that already has an account. */
  STAFF_EMAIL_TAKEN: { status: 409, message: 'An account with the email address "{email}" already exists' },
  /** A staff change the rules refuse: the last administrator, disabling yourself. */
  STAFF_CHANGE_REFUSED: { status: 409, message: 'Not changed: {reason}' },
  /** A new organization's slug is in use. */
  ORGANIZATION_SLUG_TAKEN: { status: 409, message: 'An organization with the slug "{slug}" already exists' },
  /** Removing an activation while active entry codes open the layer in that municipality. */
  ACTIVATION_IN_USE: { status: 409, message: 'Active entry codes open "{layer}" in "{municipality}" ({codes}); deactivate them first' },
  /** Staff API: a state-changing request without the session's x-csrf-token, or from another origin. */
  CSRF_INVALID: { status: 403, message: 'Request rejected: {reason}' },
  /** Too many requests from one client or for one account; `after` is how long to wait. */
  RATE_LIMITED: { status: 429, message: 'Too many requests: try again in {after}', retryable: true },
  /** Azure Bot Service (/api/messages): missing, malformed or invalid Bot Framework token, or a serviceUrl the token does not vouch for. */
  BOT_SERVICE_UNAUTHORIZED: { status: 401, message: 'Bot Service request rejected: {reason}' },
  /** Azure Bot Service: the activity was valid but could not be stored (database or Redis down); the connector may redeliver it. */
  BOT_SERVICE_UNAVAILABLE: { status: 503, message: 'Cannot accept Bot Service activities right now', retryable: true },
  /** Studio: no such layer, or one the staff member may not see (the same answer: its existence is not revealed). */
  LAYER_NOT_FOUND: { status: 404, message: 'Layer "{slug}" not found' },
  /** Studio: no tile with this key in the layer. */
  TILE_NOT_FOUND: { status: 404, message: 'Tile "{key}" not found' },
  /** Studio: the tile has no published revision with this number. */
  REVISION_NOT_FOUND: { status: 404, message: 'Tile "{key}" has no revision {number}' },
  /** Studio: a tile's content, links, theme, owner or key break the library's rules; `details` lists every problem, one per line. */
  TILE_INVALID: { status: 400, message: 'Tile is invalid:\n{details}' },
  /** Studio: the layer already has a tile with this key. */
  TILE_KEY_TAKEN: { status: 409, message: 'Tile "{key}" already exists in this layer' },
  /** Studio: the save was based on an older edit version (another editor saved or published since); the answer carries the current state. */
  TILE_EDIT_CONFLICT: { status: 409, message: 'Tile "{key}" was changed by someone else since you opened it; review their changes' },
  /** Studio: the action does not fit the tile's state (publish without a draft, unpublish a tile that is not live...); `reason` says why. */
  TILE_STATE_CONFLICT: { status: 409, message: 'Tile "{key}": {reason}' },
  /** Translations: a machine-translation run would use more DeepL characters than the organization has left this month. */
  TRANSLATION_BUDGET_EXCEEDED: { status: 409, message: 'This run needs {characters} characters; {left} of {budget} are left this month' },
  /** Translations: the action does not fit the language's state (check a human text, edit the source as a translation...). */
  TRANSLATION_STATE_CONFLICT: { status: 409, message: 'Tile "{key}", {language}: {reason}' },
  /** Translations: an XLIFF file that cannot be read, or units that do not belong to this layer or language. */
  XLIFF_INVALID: { status: 400, message: 'XLIFF file is invalid: {reason}' },
  /** Translations: an XLIFF export for a language in which no published tile is missing or stale. */
  XLIFF_NOTHING_TO_EXPORT: { status: 409, message: 'Nothing to translate into {language}: no published tile is missing or stale in it' },
  /** Studio: a publish or unpublish time that cannot be scheduled (in the past, unpublish before publish...). */
  SCHEDULE_INVALID: { status: 400, message: 'Schedule is invalid: {reason}' },
  /** Studio: a subscription or tile choice the rules refuse (not a municipality, a library that is not national nor its region, unknown themes...). */
  SUBSCRIPTION_INVALID: { status: 400, message: 'Subscription is invalid: {reason}' },
  /** Studio: a local addition's text breaks the rules (missing source language, too long...); `reason` says which. */
  LOCAL_ADDITION_INVALID: { status: 400, message: 'Local addition is invalid: {reason}' },
  /** Studio: the local addition was saved by someone else since it was opened (or there is nothing to publish); reload it. */
  LOCAL_ADDITION_CONFLICT: { status: 409, message: 'Local addition under "{key}": {reason}' },
  /** Content gaps (core/reports/gaps): the questions were acted on by someone else a moment ago. */
  CONTENT_GAP_CONFLICT: { status: 409, message: 'Content gaps: {reason}' },
  INTERNAL: { status: 500, message: 'Internal error' },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly params: Record<string, unknown>;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    const def: ErrorDefinition = ERRORS[code];
    super(
      def.message.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)),
      options,
    );
    this.name = 'AppError';
    this.code = code;
    this.status = def.status;
    this.retryable = def.retryable ?? false;
    this.params = params;
  }
}

export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}

/** How an HTTP server answers an error: status, `{ code, message }` body, and whether it was unexpected. */
export interface HttpErrorAnswer {
  status: number;
  body: { code: string; message: string };
  /** True for anything not raised on purpose: answered 500 INTERNAL without details; the caller logs it. */
  unexpected: boolean;
}

/** Fastify's own request errors, as catalogue codes. */
const FRAMEWORK_ERRORS: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'BODY_MALFORMED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BODY_MALFORMED',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BODY_MALFORMED',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'MEDIA_TYPE_UNSUPPORTED',
};

/**
 * The one mapping of errors to HTTP answers, for every server's error
 * handler: AppErrors by their catalogue status and code; a failed schema
 * validation (the framework sets `validation`) as 400 VALIDATION_FAILED;
 * the framework's body errors (malformed JSON, body too large, unsupported
 * content type) as their catalogue entries; another error the framework gave
 * a status below 500 with that status and its code (default BAD_REQUEST);
 * anything else as 500 INTERNAL that reveals nothing.
 */
export function httpErrorAnswer(error: unknown): HttpErrorAnswer {
  if (isAppError(error)) return { status: error.status, body: { code: error.code, message: error.message }, unexpected: false };
  const e = (typeof error === 'object' && error !== null ? error : {}) as { validation?: unknown; statusCode?: unknown; code?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : '';
  if (e.validation) return { status: 400, body: { code: 'VALIDATION_FAILED', message }, unexpected: false };
  const known = typeof e.code === 'string' ? FRAMEWORK_ERRORS[e.code] : undefined;
  if (known) return { status: ERRORS[known].status, body: { code: known, message: ERRORS[known].message }, unexpected: false };
  if (typeof e.statusCode === 'number' && e.statusCode > 0 && e.statusCode < 500) {
    return { status: e.statusCode, body: { code: typeof e.code === 'string' ? e.code : 'BAD_REQUEST', message }, unexpected: false };
  }
  return { status: 500, body: { code: 'INTERNAL', message: ERRORS.INTERNAL.message }, unexpected: true };
}
