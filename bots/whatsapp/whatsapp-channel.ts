import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { PartProgress, type ChannelSender, type InboundHandler } from '../../core/conversation/index.ts';
import type { Config } from '../../core/platform/config.ts';
import { ChoiceMemory } from './choice-memory.ts';
import { parseTemplateSetting } from './cloud-messages.ts';
import type { WhatsAppCloudPluginOptions } from './cloud-plugin.ts';
import { WhatsAppCloudSender } from './cloud-sender.ts';
import { phoneHasher } from './phone.ts';
import { CustomerServiceWindow } from './service-window.ts';
import { chooseWhatsAppTransport, disabledStatuses, type WhatsAppStatus, type WhatsAppTransport } from './transport-status.ts';
import { createWhatsAppWebClient, type WhatsAppWebClient } from './web-client.ts';
import { WhatsAppWebSession } from './web-session.ts';

/** What the WhatsApp channel needs from the server. */
export interface WhatsAppChannelDependencies {
  cfg: Config;
  /** A plain Redis connection (not BullMQ's): choices, the 24-hour window. */
  redis: Redis;
  /** The conversation core. */
  inbound: InboundHandler;
  /** Keys the phone-number hashes in Redis: a server secret (the contact lookup key). */
  hashKey: string | Uint8Array;
  log?: Logger;
  /** Redis key prefix; default `whatsapp:`. */
  keyPrefix?: string;
  /** The web session's client; default the real whatsapp-web.js client from the configuration. */
  createWebClient?: () => Promise<WhatsAppWebClient>;
}

/** The configured WhatsApp transport, ready to wire. */
export interface WhatsAppChannel {
  transport: WhatsAppTransport;
  /** Register with the conversation core (`stack.startWorkers([... , channel.sender])`): the one WhatsApp sender. */
  sender: ChannelSender;
  /** Cloud API only: register `whatsappCloudPlugin` with these options. */
  webhook?: WhatsAppCloudPluginOptions;
  /** Web session only: begins connecting (QR code, reconnects) in the background. */
  start(): void;
  /** Closes the web session's browser; nothing for the Cloud API. */
  stop(): Promise<void>;
  /** Both transports' status, for the channel-status endpoint. */
  statuses(): WhatsAppStatus[];
}

/**
 * Builds the WhatsApp channel the configuration asks for — the Cloud API
 * when configured, else the web session when enabled — or undefined when
 * neither is (`disabledStatuses(cfg)` then says why).
 * @throws AppError CONFIG_INVALID for a malformed WHATSAPP_CLOUD_TEMPLATE
 */
export async function createWhatsAppChannel(deps: WhatsAppChannelDependencies): Promise<WhatsAppChannel | undefined> {
  const { cfg, redis, inbound, log, keyPrefix } = deps;
  const hash = phoneHasher(deps.hashKey);
  const choice = chooseWhatsAppTransport(cfg);
  // Parts of long replies already sent, so that a retry never repeats them.
  const progress = new PartProgress(redis, { keyPrefix: `${keyPrefix ?? 'whatsapp:'}parts:` });
  const others = () => disabledStatuses(cfg);

  if (choice.transport === 'cloud') {
    const window = new CustomerServiceWindow(redis, { hash, keyPrefix });
    const sender = new WhatsAppCloudSender({
      graph: { baseUrl: cfg.WHATSAPP_GRAPH_API_URL, token: cfg.WHATSAPP_CLOUD_TOKEN!, phoneNumberId: cfg.WHATSAPP_CLOUD_PHONE_NUMBER_ID! },
      window,
      template: parseTemplateSetting(cfg.WHATSAPP_CLOUD_TEMPLATE),
      log: log?.child({ module: 'whatsapp', transport: 'cloud' }),
      progress,
    });
    return {
      transport: 'cloud',
      sender,
      webhook: {
        inbound, window,
        appSecret: cfg.WHATSAPP_CLOUD_APP_SECRET!,
        verifyToken: cfg.WHATSAPP_CLOUD_VERIFY_TOKEN!,
        phoneNumberId: cfg.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
      },
      start: () => undefined,
      stop: async () => undefined,
      statuses: () => [sender.status.current, ...others()],
    };
  }

  if (choice.transport === 'web') {
    const client = await (deps.createWebClient ?? (() => createWhatsAppWebClient({ dataDir: cfg.WHATSAPP_WEB_DATA_DIR, chromiumPath: cfg.CHROMIUM_PATH })))();
    const session = new WhatsAppWebSession({ client, inbound, choices: new ChoiceMemory(redis, { hash, keyPrefix }), log, progress });
    return {
      transport: 'web',
      sender: session,
      start: () => session.start(),
      stop: () => session.stop(),
      statuses: () => [session.status.current, ...others()],
    };
  }
  return undefined;
}
