/**
 * Queue names, in one place. BullMQ keys are `<prefix>:<queue>:…`; tests use
 * a unique prefix per test so runs never see each other's jobs.
 */
export const QUEUES = {
  /** Outbound messages to a channel, with retries (payload: DeliveryJob). */
  delivery: 'outbound-delivery',
  /** Stored inbound messages waiting for their dialog turn (payload: ProcessingJob). */
  inbound: 'inbound-processing',
  /** Delayed checks that return a silent worker's claim to the queue (payload: ClaimTimeoutJob). */
  claimTimeouts: 'claim-timeouts',
  /** The daily retention run (core/retention; a job scheduler adds one job a day, payload empty). */
  retention: 'retention',
  /** Scheduled publishes and unpublishes of studio tiles: delayed jobs (payload: TileScheduleJob, core/content/library). */
  tileSchedule: 'tile-schedule',
  /** Machine translation of a tile's missing and stale languages after a publish (payload: TileTranslationJob, core/content/translations). */
  tileTranslation: 'tile-translation',
  /** The half-yearly report documents (core/reports/pdf; a job scheduler adds one job on 1 January and 1 July, payload: ReportJob). */
  reports: 'report-documents',
} as const;

export const DEFAULT_QUEUE_PREFIX = 'migrantbot';
