import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The whatsapp-web.js client as the web session uses it: the few methods
 * and events it needs. The real client (`createWhatsAppWebClient`) has them;
 * tests pass an EventEmitter that emits the library's events instead, so no
 * browser is ever started in a test.
 */
export interface WhatsAppWebClient {
  /**
   * Events: `qr` (qr: string), `authenticated`, `ready`, `auth_failure`
   * (message), `disconnected` (reason), `message` (WhatsAppWebMessage). The
   * arguments differ per event, as in the library's own typing (`any[]`).
   */
  on(event: string, listener: (...args: any[]) => void): unknown;
  initialize(): Promise<void>;
  sendMessage(chatId: string, content: string): Promise<{ id?: { _serialized?: string } } | undefined>;
  destroy(): Promise<void>;
  /** Resolves linked-device ids (`…@lid`) to phone ids (`…@c.us`); optional. */
  getContactLidAndPhone?(userIds: string[]): Promise<Array<{ lid: string; pn: string }>>;
}

/** The fields of a whatsapp-web.js Message the session reads. */
export interface WhatsAppWebMessage {
  id: { _serialized: string };
  /** Chat id of the sender: `48601234567@c.us`, `…@g.us` (group), `status@broadcast`, `…@lid`. */
  from: string;
  fromMe: boolean;
  body: string;
  /** `chat` for text; `image`, `ptt`, `sticker`, … for media; notifications otherwise. */
  type: string;
  hasMedia: boolean;
  isStatus?: boolean;
  broadcast?: boolean;
  timestamp?: number;
}

/**
 * Flags for Debian's Chromium in a server: no display, no sandbox (the
 * service user cannot create namespaces in most containers), no GPU, no
 * background traffic of Chromium's own.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] as const;

export interface WhatsAppWebClientOptions {
  /** WHATSAPP_WEB_DATA_DIR: LocalAuth keeps the linked session here (keep it private and backed up). */
  dataDir: string;
  /** CHROMIUM_PATH: the browser puppeteer drives; puppeteer never downloads one (.puppeteerrc.cjs). */
  chromiumPath: string;
}

/**
 * The real whatsapp-web.js client: LocalAuth in `dataDir`, Chromium at
 * `chromiumPath`, headless. Loaded on demand, so a server without the web
 * session never loads puppeteer. Does not start the browser
 * (`initialize()` does).
 */
export async function createWhatsAppWebClient(options: WhatsAppWebClientOptions): Promise<WhatsAppWebClient> {
  const dataPath = path.resolve(options.dataDir);
  await mkdir(dataPath, { recursive: true, mode: 0o700 });
  const { default: wwebjs } = await import('whatsapp-web.js');
  return new wwebjs.Client({
    authStrategy: new wwebjs.LocalAuth({ dataPath }),
    puppeteer: { executablePath: options.chromiumPath, headless: true, args: [...CHROMIUM_ARGS] },
  });
}
