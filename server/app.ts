import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { AnswerService, ContentChanges } from '../core/answers/index.ts';
import type { InboundHandler } from '../core/conversation/ports.ts';
import { chatPagePlugin, type LookupOrganization } from '../bots/webchat/chat-page.ts';
import { directLinePlugin } from '../bots/webchat/index.ts';
import { botServicePlugin, type BotServicePluginOptions } from '../bots/azure-bot/index.ts';
import { telegramWebhookPlugin, type TelegramWebhookPluginOptions } from '../bots/telegram/index.ts';
import { whatsappCloudPlugin, type WhatsAppCloudPluginOptions } from '../bots/whatsapp/index.ts';
import type { HandoffService, InboxEventHub } from '../core/handoff/index.ts';
import type { EntryLinkOptions } from '../core/content/index.ts';
import { channelStatusRoutes, type ChannelStatusSource } from '../admin/api/channels/channel-status.ts';
import { entryCodeRoutes } from '../admin/api/entry-codes/entry-codes-route.ts';
import { retentionRoutes, type RetentionRoutesOptions } from '../admin/api/retention/retention-routes.ts';
import { tileLibraryRoutes, type TileLibraryRoutesOptions } from '../admin/api/studio/tiles-library.ts';
import { translationRoutes, type TranslationRoutesOptions } from '../admin/api/translations/index.ts';
import { subscriptionRoutes } from '../admin/api/studio/subscriptions-routes.ts';
import { askRoutes, type AskRouteOptions } from '../admin/api/ask/ask-route.ts';
import { docsPagePlugin } from '../admin/api/docs/docs-page.ts';
import { OPENAPI_OPTIONS } from '../admin/api/docs/openapi.ts';
import { tilePreviewRoutes } from '../admin/api/studio/preview-routes.ts';
import { tryItRoutes, type TryItRoutesOptions } from '../admin/api/studio/try-it-routes.ts';
import { errorHandler } from '../admin/api/error-handler.ts';
import { cleanInvalidTextOfRoutes, guardInvalidText } from '../admin/api/text-guard.ts';
import { inboxRoutes } from '../admin/api/inbox/index.ts';
import { staffAuthPlugin, type StaffAuthOptions } from '../admin/auth/index.ts';
import { inboxPagePlugin } from '../admin/web/inbox-page.ts';
import { auditRoutes } from '../admin/api/audit/audit-routes.ts';
import { reportRoutes, type ReportRoutesOptions } from '../admin/api/reports/index.ts';
import { gapRoutes } from '../admin/api/gaps/gaps-routes.ts';
import { organizationRoutes } from '../admin/api/organizations/organization-routes.ts';
import { settingsRoutes } from '../admin/api/settings/settings-routes.ts';
import { staffRoutes } from '../admin/api/staff/staff-routes.ts';
import { staffTokenRoutes } from '../admin/api/staff/staff-token-routes.ts';
import { oneTimeLinkPagePlugin } from '../admin/web/one-time-link-page.ts';
import type { DeploymentSettings } from '../core/content/index.ts';
import { loginPagePlugin } from '../admin/web/index.ts';
import { staffAppPagePlugin } from '../admin/web/staff-app-page.ts';

/** What the web chat channel needs: its Direct Line API and the chat page. */
export interface WebChatDependencies {
  /** A Redis connection of its own (not BullMQ's, which never fails a command): activities, pub/sub, rate limits. */
  redis: Redis;
  /** The conversation core: where user messages go. */
  inbound: InboundHandler;
  /** Redis key prefix; WebChatSender must use the same. Default `directline:`. */
  keyPrefix?: string;
  /** The organization a chat link names (404 page when undefined). */
  lookupOrganization: LookupOrganization;
}

/** What the outreach workers' inbox needs (API under /api/inbox, page /inbox). */
export interface InboxDependencies {
  handoff: HandoffService;
  /** This process's subscription to inbox events (Redis pub/sub): feeds the live stream. */
  hub: InboxEventHub;
  /** Keep-alive interval of the live stream in ms; default 25 s. */
  keepAliveMs?: number;
  /** Translation previews and replies per worker per minute; default 120. */
  translationsPerMinute?: number;
}

/** Staff management, organizations, settings and the audit log (admin/api/staff, organizations, settings, audit). */
export interface StaffAdminDependencies {
  /** The deployment-wide settings reader the conversation core uses (the default municipality). */
  deployment: DeploymentSettings;
  /** The public base URL for invitation and password-reset links; the request's origin when it returns undefined. */
  publicUrl?: () => string | undefined;
  /** The clock of link expiry; tests pass their own. */
  now?: () => Date;
}

export interface AppDependencies {
  answers: AnswerService;
  /** Where content writes announce a change, so every process's answer engines refresh (core/answers/content-changes.ts). */
  contentChanges?: ContentChanges;
  /** POST /api/ask's per-address limit: its Redis (counted in memory without) and requests per minute (default ASK_RATE_LIMIT). */
  ask?: Omit<AskRouteOptions, 'answers'>;
  /** Channels and integrations that are off, with the setting that is missing (shown on /health). */
  disabled: Record<string, string>;
  /** The process logger (pino); tests leave it out and get a silent app. */
  logger?: FastifyBaseLogger;
  /** The web chat (Direct Line API under /v3/directline, page under /chat/:org); off when left out. */
  webchat?: WebChatDependencies;
  /** Staff sign-in (sessions in Redis, /api/auth/*, the /login page, `app.requireStaff`); off when left out. */
  staffAuth?: StaffAuthOptions;
  /** Staff management, organizations, settings, audit log and the one-time link pages; needs `staffAuth`. */
  staffAdmin?: StaffAdminDependencies;
  /** The outreach workers' inbox; needs `staffAuth`. */
  inbox?: InboxDependencies;
  /** Telegram webhook (off in polling mode and without a token). */
  telegramWebhook?: TelegramWebhookPluginOptions;
  /** WhatsApp Cloud API webhook at /webhooks/whatsapp; off unless the Cloud API is configured. */
  whatsappWebhook?: WhatsAppCloudPluginOptions;
  /** Azure Bot Service messaging endpoint POST /api/messages; off without MicrosoftAppId/MicrosoftAppPassword. */
  botService?: BotServicePluginOptions;
  /** Each channel's state for GET /api/channels/status (staff only; needs `staffAuth`). */
  channelStatus?: readonly ChannelStatusSource[];
  /** What printed entry links point at, for GET /api/entry-codes (staff only; needs `staffAuth`). */
  entryLinks?: () => EntryLinkOptions;
  /** What the next retention run would delete, for GET /api/retention/preview (admins only; needs `staffAuth`). */
  retention?: RetentionRoutesOptions;
  /** The studio's "try it" (POST /api/studio/try): where its per-staff-member counts live and how many per minute (default 60). */
  tryIt?: Omit<TryItRoutesOptions, 'db' | 'answers'>;
  /** The studio's tile library API (/api/layers..., /api/studio/overdue): where scheduled publishes go; needs `staffAuth`. */
  library?: Omit<TileLibraryRoutesOptions, 'db' | 'changes'>;
  /** The studio's translation API (/api/layers/:slug/translations..., /glossary): tile machine translation and DeepL's status; needs `staffAuth`. */
  tileTranslations?: Omit<TranslationRoutesOptions, 'db' | 'changes'>;
  /** The reports API (/api/reports...): the disclosure threshold k, the report PDFs' maker and clock; on whenever `staffAuth` is. */
  reports?: Omit<ReportRoutesOptions, 'db'>;
}

/**
 * Builds the HTTP application without listening, so tests drive it with
 * `app.inject()`. The server entry (server/server.ts) adds `listen`.
 */
export function buildApp(deps: AppDependencies): FastifyInstance {
  const app = deps.logger
    ? Fastify({ loggerInstance: deps.logger, bodyLimit: 64 * 1024 })
    : Fastify({ logger: false, bodyLimit: 64 * 1024 });
  app.setErrorHandler(errorHandler);
  guardInvalidText(app);
  // First, so its route hook documents every route registered after it (served at /docs to signed-in staff).
  void app.register(swagger, OPENAPI_OPTIONS);
  app.get('/health', async () => ({ status: 'ok', disabled: deps.disabled }));
  void app.register(askRoutes, { ...deps.ask, answers: deps.answers });
  if (deps.webchat) {
    const { redis, inbound, keyPrefix, lookupOrganization } = deps.webchat;
    void app.register(directLinePlugin, { redis, inbound, keyPrefix });
    void app.register(chatPagePlugin, { lookupOrganization });
  }
  if (deps.inbox && !deps.staffAuth) throw new Error('buildApp: the inbox needs staffAuth');
  if (deps.staffAuth) {
    void app.register(staffAuthPlugin, deps.staffAuth);
    void app.register(loginPagePlugin);
    void app.register(staffAppPagePlugin);
    void app.register(docsPagePlugin);
    // The studio's preview (GET /api/layers/:slug/tiles/:key/preview) and "try it" (POST /api/studio/try).
    void app.register(tilePreviewRoutes, { db: deps.staffAuth.db });
    void app.register(tryItRoutes, { ...deps.tryIt, db: deps.staffAuth.db, answers: deps.answers });
  }
  if (deps.inbox && deps.staffAuth) {
    void app.register(inboxRoutes, { ...deps.inbox, db: deps.staffAuth.db });
    void app.register(inboxPagePlugin);
  }
  if (deps.channelStatus && deps.staffAuth) void app.register(channelStatusRoutes, { sources: deps.channelStatus });
  if (deps.entryLinks && deps.staffAuth) void app.register(entryCodeRoutes, { db: deps.staffAuth.db, links: deps.entryLinks });
  if (deps.retention && deps.staffAuth) void app.register(retentionRoutes, deps.retention);
  if (deps.library && deps.staffAuth) void app.register(tileLibraryRoutes, { ...deps.library, db: deps.staffAuth.db, changes: deps.contentChanges });
  if (deps.tileTranslations && deps.staffAuth) void app.register(translationRoutes, { ...deps.tileTranslations, db: deps.staffAuth.db, changes: deps.contentChanges });
  // What municipalities show of the national and regional libraries, and their local additions (/api/layers/:slug/subscriptions...).
  if (deps.staffAuth) void app.register(subscriptionRoutes, { db: deps.staffAuth.db, changes: deps.contentChanges });
  // The content-gap loop: grouped unanswered / not helpful questions and what editors do with them (/api/gaps/:slug...).
  if (deps.staffAuth) void app.register(gapRoutes, { db: deps.staffAuth.db, changes: deps.contentChanges });
  // Reports: the dashboard's views and their CSV / XLSX, and the report PDFs (/api/reports...).
  if (deps.staffAuth) void app.register(reportRoutes, { ...deps.reports, db: deps.staffAuth.db });
  if (deps.staffAdmin && deps.staffAuth) {
    const { db, allowedOrigins } = deps.staffAuth;
    const { deployment, publicUrl, now } = deps.staffAdmin;
    void app.register(staffRoutes, { db, publicUrl, now });
    void app.register(staffTokenRoutes, { db, allowedOrigins, now });
    void app.register(oneTimeLinkPagePlugin, { db, allowedOrigins, now });
    void app.register(organizationRoutes, { db, contentChanges: deps.contentChanges });
    void app.register(settingsRoutes, { db, deployment, contentChanges: deps.contentChanges });
    void app.register(auditRoutes, { db });
  }
  // Channel webhooks clean invalid text instead of refusing it: their senders cannot correct a person's message.
  void app.register(async (channelWebhooks) => {
    cleanInvalidTextOfRoutes(channelWebhooks);
    if (deps.telegramWebhook) void channelWebhooks.register(telegramWebhookPlugin, deps.telegramWebhook);
    if (deps.whatsappWebhook) void channelWebhooks.register(whatsappCloudPlugin, deps.whatsappWebhook);
    if (deps.botService) void channelWebhooks.register(botServicePlugin, deps.botService);
  });
  return app;
}
