/**
 * JSON schemas of the reports API (documented at /docs under the tag
 * `reports`). A published count is a whole number (a multiple of k, at
 * least k) or the string `<k`, e.g. `<5`.
 */

export const TAGS = ['reports'];

const slug = { type: 'string', minLength: 1, maxLength: 64 } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const slugParams = { type: 'object', required: ['slug'], additionalProperties: false, properties: { slug } } as const;

/** A published count. */
export const count = {
  type: ['integer', 'string'],
  description: 'A whole number (rounded down to a multiple of k, at least k) or `<k` (e.g. `<5`) where fewer than k or hidden to protect another cell.',
} as const;

const dimensionValue = { type: ['string', 'null'] } as const;

/** A published table: cells with their dimension values, and the total. */
export const table = {
  type: 'object',
  required: ['cells', 'total'],
  properties: {
    cells: {
      type: 'array',
      items: {
        // No `required`: the serializer writes required properties first, and a cell reads dimensions, then count.
        type: 'object',
        properties: {
          municipality: { type: 'string', description: 'A region\'s figures: the municipality (slug) the cell belongs to.' },
          theme: dimensionValue, language: dimensionValue, channel: dimensionValue, outcome: dimensionValue, entry: dimensionValue,
          period: dimensionValue, tile: dimensionValue, month: dimensionValue, reason: dimensionValue, agency: dimensionValue,
          employmentType: dimensionValue, housingType: dimensionValue, hours: dimensionValue,
          count,
        },
      },
    },
    total: count,
    granularity: { type: 'string', enum: ['month', 'week'] },
  },
} as const;

const rate = {
  type: 'object',
  required: ['count', 'denominator', 'of', 'rate'],
  properties: {
    count,
    denominator: { type: 'string', description: 'What the rate is a share of: `questions`, `rated` (answers that got feedback), `handoffs`.' },
    of: count,
    rate: { type: ['number', 'null'], description: 'count / of (of the published, banded counts), 0..1; null when either is `<k`.' },
  },
} as const;

const minutes = {
  type: 'object',
  required: ['median', 'p90', 'of'],
  properties: {
    median: { type: ['integer', 'null'] }, p90: { type: ['integer', 'null'] },
    of: { ...count, description: 'Handoffs with the duration recorded. Percentiles are null unless at least k lie on each side.' },
  },
} as const;

const change = {
  type: 'object',
  required: ['current', 'previous', 'change', 'changePercent'],
  properties: { current: count, previous: count, change: { type: ['integer', 'null'] }, changePercent: { type: ['integer', 'null'] } },
} as const;
const changeRows = (dim: string) => ({ type: 'array', items: { type: 'object', properties: { [dim]: dimensionValue, ...change.properties } } });

const weakTiles = {
  type: 'object',
  required: ['languages'],
  properties: {
    languages: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          language: { type: 'string' },
          tiles: { type: 'array', items: { type: 'object', properties: { tile: { type: 'string' }, rated: count, helpfulRate: { type: 'number' } } } },
        },
      },
    },
  },
} as const;

/** Each view's `data`. */
export const VIEW_DATA: Record<string, object> = {
  overview: {
    type: 'object',
    properties: { total: count, overTime: table, byTheme: table, byLanguage: table, byChannel: table, byEntry: table, byOutcome: table },
  },
  funnel: {
    type: 'object',
    properties: {
      themes: {
        type: 'array',
        items: { type: 'object', properties: { theme: dimensionValue, questions: count, answered: rate, helpful: rate, handedOff: rate, unresolved: rate } },
      },
    },
  },
  handoffs: {
    type: 'object',
    properties: {
      count, waitingMinutes: minutes, handlingMinutes: minutes, outsideHours: rate, byOutcome: table, byReason: table, byChannel: table,
    },
  },
  referrals: { type: 'object', properties: { byAgency: table, byEmploymentType: table, byHousingType: table } },
  'weak-tiles': weakTiles,
  comparison: {
    type: 'object',
    properties: {
      total: change, byTheme: changeRows('theme'), byLanguage: changeRows('language'), byChannel: changeRows('channel'), byOutcome: changeRows('outcome'),
    },
  },
  gaps: { type: 'object', properties: { answered: count, medianDays: { type: ['number', 'null'] }, waitingForPublish: count } },
  layer: { type: 'object', properties: { tileShows: table, chatsStarted: table } },
  'national-tiles': { type: 'object', properties: { asked: table, weak: weakTiles, missing: table } },
};

const period = { type: 'object', required: ['from', 'to'], properties: { from: { type: 'string' }, to: { type: 'string' } } } as const;

/** A view's answer: the organization, the snapped period, k, the filters, and `data` (or per municipality for a region). */
export function envelope(view: string): object {
  const data = VIEW_DATA[view];
  return {
    type: 'object',
    required: ['organization', 'view', 'period', 'previousPeriod', 'k', 'filters'],
    properties: {
      organization: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' } } },
      view: { type: 'string' },
      period: { ...period, description: 'The period reported: the requested one widened to whole calendar months.' },
      previousPeriod: { ...period, description: 'The period of the same length just before it.' },
      k: { type: 'integer', description: 'The disclosure threshold.' },
      filters: { type: 'object', properties: { channel: { type: 'string' }, language: { type: 'string' }, theme: { type: 'string' }, entry: { type: 'string' } } },
      data,
      municipalities: {
        type: 'array',
        description: 'A region: each municipality\'s figures, protected on its own.',
        items: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' }, data } },
      },
    },
  };
}

/** The query every view takes. */
export const viewQuery = {
  type: 'object',
  required: ['from', 'to'],
  additionalProperties: false,
  properties: {
    from: { ...day, description: 'First day (YYYY-MM-DD); widened to the first day of its month.' },
    to: { ...day, description: 'Last day, inclusive; widened to the last day of its month.' },
    channel: { type: 'string', enum: ['webchat', 'telegram', 'whatsapp'] },
    language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$' },
    theme: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,63}$', description: 'A theme key.' },
    entry: {
      type: 'string', pattern: '^(municipality|employer|housing_provider|region)(:[a-z0-9][a-z0-9-]{0,63})?$',
      description: 'An entry point: its kind (`employer`), or kind and code (`employer:agrifarm-gate`), as the `entry` dimension writes it.',
    },
    granularity: { type: 'string', enum: ['month', 'week'], default: 'month', description: 'Overview: questions over time per month or per week (its Monday).' },
    format: { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json', description: 'The same cells as CSV or as an XLSX workbook.' },
  },
} as const;

/** GET /api/reports/:slug/questions: the view query and `by`. */
export const questionsQuery = {
  ...viewQuery,
  properties: {
    ...viewQuery.properties,
    by: {
      type: 'string', pattern: '^[a-z]+(,[a-z]+){0,4}$',
      description: 'Comma-separated dimensions: any of theme, language, channel, outcome, entry.',
    },
  },
} as const;

export const organizationSummary = {
  type: 'object',
  required: ['slug', 'name', 'kind', 'scope', 'views'],
  properties: {
    slug: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' },
    scope: { type: 'string', enum: ['full', 'layer_only'], description: '`layer_only`: an employer or housing provider, which sees only its layer view.' },
    views: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const errorResponse = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;

export const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse } as const;
