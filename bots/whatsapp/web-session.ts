import QRCode from 'qrcode';
import { backoffDelay } from '../../core/platform/backoff.ts';
import qrcodeTerminal from 'qrcode-terminal';
import type { Logger } from 'pino';
import { PatientInbound, sendPartsOnce, type ChannelSender, type DeliveryResult, type InboundHandler, type OutboundMessage, type PartProgress } from '../../core/conversation/index.ts';
import { textsForReply } from './channel-texts.ts';
import type { ChoiceMemory } from './choice-memory.ts';
import { languageFromPhone } from './country-language.ts';
import { toInboundMessage } from './inbound-message.ts';
import { chatIdOf, isPhoneDigits, phoneFromChatId } from './phone.ts';
import { TransportStatus } from './transport-status.ts';
import { choiceNumber, webSessionParts } from '../../core/channel-format/index.ts';
import type { WhatsAppWebClient, WhatsAppWebMessage } from './web-client.ts';

/** Options of {@link WhatsAppWebSession}. */
export interface WhatsAppWebSessionOptions {
  /** The whatsapp-web.js client (`createWhatsAppWebClient`), or a fake in tests. */
  client: WhatsAppWebClient;
  /** Where the person's messages go (the conversation core). */
  inbound: InboundHandler;
  /** Remembers the numbered choices sent to each person. */
  choices: ChoiceMemory;
  log?: Logger;
  /** Shows the QR code to whoever runs the server; default: drawn in the terminal (stdout). */
  printQr?: (qr: string) => void;
  /** Reconnect backoff: first wait and longest wait in ms; default 5 s doubling up to 5 min. */
  reconnect?: { initialDelayMs?: number; maxDelayMs?: number };
  /** Parts of a long reply already sent: a retry after a failed later part starts after them. */
  progress?: PartProgress;
}

/** Message types that are text the person typed. */
const TEXT_TYPES = new Set(['chat']);
/** Message types that carry something other than text (the core answers them with a polite fixed reply). */
const MEDIA_TYPES = new Set(['image', 'video', 'audio', 'ptt', 'document', 'sticker', 'location', 'vcard', 'multi_vcard']);

/** Errors of sendMessage that mean the number cannot be reached on WhatsApp at all. */
const UNREACHABLE = /invalid wid|no lid|not a whatsapp user|not registered/i;

function printQrInTerminal(qr: string): void {
  qrcodeTerminal.generate(qr, { small: true }, (drawing) => {
    process.stdout.write(`\nScan this QR code with the WhatsApp app of the pilot's phone (Linked devices → Link a device):\n${drawing}\n`);
  });
}

/**
 * The whatsapp-web.js transport, for pilots: a WhatsApp Web session in
 * Debian's Chromium, linked to a phone by scanning a QR code. Unofficial:
 * WhatsApp may ban numbers that use it; production uses the Cloud API.
 *
 * Listens to the client's events: `qr` (status waiting, QR printed and kept
 * for the admin), `ready` (connected), `auth_failure` and `disconnected`
 * (failing, then a reconnect with exponential backoff — never a tight loop),
 * `message` (to the core). Choices go out as a numbered list; a reply with
 * a bare number is mapped back to that choice's payload. Group chats,
 * status updates, broadcasts and the session's own messages are ignored.
 */
export class WhatsAppWebSession implements ChannelSender {
  readonly channel = 'whatsapp' as const;
  readonly status = new TransportStatus('web');
  private readonly client: WhatsAppWebClient;
  private readonly log?: Logger;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private attempts = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private qrGeneration = 0;

  /** The web session fires a message once: storing it is retried while the database or Redis is down. */
  private inbound: PatientInbound;

  constructor(private readonly options: WhatsAppWebSessionOptions) {
    this.client = options.client;
    this.log = options.log?.child({ module: 'whatsapp', transport: 'web' });
    this.inbound = new PatientInbound(options.inbound, { log: this.log });
    this.initialDelayMs = options.reconnect?.initialDelayMs ?? 5_000;
    this.maxDelayMs = options.reconnect?.maxDelayMs ?? 5 * 60_000;
    this.listen();
  }

  /** Starts the session in the background (the browser may take a while); the status tells how it goes. */
  start(): void {
    if (this.stopped) this.inbound = new PatientInbound(this.options.inbound, { log: this.log });
    this.stopped = false;
    void this.connect();
  }

  /** Stops reconnecting and closes the browser. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.inbound.close();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.client.destroy().catch((err: unknown) => this.log?.warn({ err }, 'closing the WhatsApp web session failed'));
    this.status.set({ state: 'disabled', missing: [], reason: 'stopped' });
  }

  async send(message: OutboundMessage): Promise<DeliveryResult> {
    if (message.channel !== 'whatsapp') return { status: 'failed', error: `WhatsAppWebSession cannot send to channel ${message.channel}` };
    const phone = message.channelUserId;
    if (!isPhoneDigits(phone)) return { status: 'failed', error: 'invalid recipient: not an international phone number' };
    const state = this.status.current.state;
    if (state !== 'connected') return { status: 'retry', error: `WhatsApp web session is not connected (${state})`, retryAfterMs: 30_000 };

    const texts = textsForReply(message, languageFromPhone(phone));
    const parts = webSessionParts(message, texts.replyWithNumber);
    if (parts.length === 0) return { status: 'failed', error: 'empty message: nothing to send' };
    let externalId: string | undefined;
    try {
      // A retry after a failed later part starts after the parts that went out.
      await sendPartsOnce({
        parts, progress: this.options.progress, messageId: message.messageId,
        send: async (part) => {
          externalId = (await this.client.sendMessage(chatIdOf(phone), part))?.id?._serialized;
        },
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (UNREACHABLE.test(reason)) return { status: 'failed', error: 'recipient cannot receive WhatsApp messages (not a WhatsApp number)' };
      return { status: 'retry', error: `WhatsApp web session could not send: ${reason.slice(0, 200)}` };
    }
    try {
      await this.options.choices.remember(phone, message.choices);
    } catch (err) {
      this.log?.warn({ err }, 'numbered choices not remembered: a reply with a number will be read as text');
    }
    return { status: 'sent', ...(externalId ? { externalId } : {}) };
  }

  private listen(): void {
    const { client } = this;
    client.on('qr', (qr: string) => void this.onQr(qr));
    client.on('authenticated', () => this.log?.info('WhatsApp web session authenticated'));
    client.on('ready', () => {
      this.attempts = 0;
      this.qrGeneration += 1; // a QR image still being drawn must not overwrite "connected"
      this.status.set({ state: 'connected' });
      this.log?.info('WhatsApp web session connected');
    });
    client.on('auth_failure', (reason: string) => this.fail(`authentication failed: ${String(reason)}`));
    client.on('disconnected', (reason: string) => this.fail(`disconnected: ${String(reason)}`));
    client.on('message', (message: WhatsAppWebMessage) => {
      this.onMessage(message).catch((err: unknown) => this.log?.error({ err }, 'WhatsApp message could not be stored before the session stopped, or was refused; it is lost'));
    });
  }

  private async onQr(qr: string): Promise<void> {
    const generation = ++this.qrGeneration;
    (this.options.printQr ?? printQrInTerminal)(qr);
    let qrDataUrl = '';
    try {
      const svg = await QRCode.toString(qr, { type: 'svg', margin: 2 });
      qrDataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    } catch (err) {
      this.log?.warn({ err }, 'QR code image could not be drawn');
    }
    if (generation !== this.qrGeneration) return;
    this.status.set({ state: 'waiting_for_qr', qr, qrDataUrl });
    this.log?.info('WhatsApp web session waiting for the QR code to be scanned');
  }

  private fail(lastError: string): void {
    this.status.set({ state: 'failing', lastError });
    this.log?.warn({ lastError }, 'WhatsApp web session failing; reconnecting');
    this.scheduleReconnect();
  }

  /** One pending reconnect at a time; waits double from initialDelayMs up to maxDelayMs. */
  private scheduleReconnect(): void {
    if (this.stopped || this.timer) return;
    const delay = backoffDelay(this.attempts, this.initialDelayMs, this.maxDelayMs);
    this.attempts += 1;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reconnect();
    }, delay);
    this.timer.unref();
  }

  private async reconnect(): Promise<void> {
    if (this.stopped) return;
    await this.client.destroy().catch(() => undefined); // the library may have closed the browser already
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.client.initialize();
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.fail(`could not start: ${reason.slice(0, 300)}`);
    }
  }

  private async onMessage(message: WhatsAppWebMessage): Promise<void> {
    if (message.fromMe || message.isStatus || message.broadcast) return;
    const isText = TEXT_TYPES.has(message.type);
    const isMedia = MEDIA_TYPES.has(message.type) || (message.hasMedia && !isText);
    if (!isText && !isMedia) return; // notifications, reactions, calls, revoked messages
    const phone = await this.phoneOf(message.from);
    if (!phone) return; // a group, a broadcast list, a channel, or an unknown id
    const number = isText ? choiceNumber(message.body) : undefined;
    const payload = number === undefined ? undefined : await this.options.choices.payloadFor(phone, number);
    const text = message.body?.trim() ? message.body : undefined;
    await this.inbound.receive(toInboundMessage({
      phone,
      externalId: message.id._serialized,
      text,
      payload,
      hasMedia: isMedia,
      receivedAt: new Date(),
    }));
  }

  /** The phone digits of a sender: from a `@c.us` id, or looked up for a linked-device `@lid` id. */
  private async phoneOf(from: string): Promise<string | undefined> {
    const direct = phoneFromChatId(from);
    if (direct || !from.endsWith('@lid') || !this.client.getContactLidAndPhone) return direct;
    try {
      const [match] = await this.client.getContactLidAndPhone([from]);
      return match?.pn ? phoneFromChatId(match.pn.includes('@') ? match.pn : `${match.pn}@c.us`) : undefined;
    } catch {
      return undefined;
    }
  }
}
