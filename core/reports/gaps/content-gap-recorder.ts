import type { Logger } from 'pino';
import type { ContentGapRecorder } from '../../conversation/ports.ts';
import type { Db } from '../../platform/db.ts';
import { insertGap } from './gap-repository.ts';
import { personKeyOf } from './person-key.ts';
import { scrubPersonalData } from './scrub.ts';

/** How long a content gap is kept: the retention job deletes it after this. */
export const GAP_RETENTION_DAYS = 90;
/** A kept question is cut to this length (a tile's example question may be at most 500 characters). */
export const GAP_TEXT_MAX = 500;

/** One unanswered question, or a question whose answer the person marked "not helpful". */
export interface ContentGapInput {
  /** The municipality whose chat it was. */
  organizationId: string;
  /** The contact who asked: only its keyed hash is stored. */
  contactId: string;
  kind: 'unanswered' | 'not_helpful';
  language: string;
  /** The question as the person wrote it; scrubbed before it is stored. */
  text: string;
  /** For `not_helpful`: the tile that did not help, and the organization that owns it. */
  tileKey?: string | null;
  tileOwnerId?: string | null;
}

/** Options of {@link ContentGapStore}. */
export interface ContentGapStoreOptions {
  db: Db;
  /** The deployment secret of the person key (config CONTENT_GAP_SECRET). */
  secret: string;
  now?: () => Date;
  log?: Logger;
}

/**
 * Keeps content gaps for editors (the conversation core's ContentGapRecorder
 * port): personal data scrubbed (scrub.ts), the contact replaced by a keyed
 * hash (person-key.ts), deleted 90 days later by the daily retention run.
 * `record` never throws: a gap that could not be stored is logged and lost,
 * the person's answer never waits on it.
 */
export class ContentGapStore implements ContentGapRecorder {
  constructor(private readonly options: ContentGapStoreOptions) {}

  async record(input: ContentGapInput): Promise<void> {
    try {
      const text = scrubPersonalData(input.text).slice(0, GAP_TEXT_MAX).trim();
      if (!/[\p{L}\p{N}]/u.test(text.replace(/\[(?:email|iban|address|phone|number|name)\]/g, ''))) return;
      const createdAt = (this.options.now ?? (() => new Date()))();
      await insertGap(this.options.db, {
        organizationId: input.organizationId,
        kind: input.kind,
        language: input.language,
        text,
        tileKey: input.kind === 'not_helpful' ? input.tileKey ?? null : null,
        tileOwnerId: input.kind === 'not_helpful' ? input.tileOwnerId ?? null : null,
        personKey: personKeyOf(input.contactId, this.options.secret),
        createdAt,
        expiresAt: new Date(createdAt.getTime() + GAP_RETENTION_DAYS * 86_400_000),
      });
    } catch (err) {
      this.options.log?.warn({ module: 'content-gaps', organization: input.organizationId, err: (err as Error).message }, 'content gap not recorded');
    }
  }
}
