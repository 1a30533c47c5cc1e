import { EventEmitter } from 'node:events';
import type { WhatsAppWebClient, WhatsAppWebMessage } from '../../bots/whatsapp/index.ts';

/**
 * whatsapp-web.js at the network edge: an EventEmitter with the client's
 * methods, on which a test emits the library's events (`qr`, `ready`,
 * `authenticated`, `auth_failure`, `message`, `disconnected`). Records what
 * the session sends and how often it (re)initializes. No browser.
 */
export class FakeWhatsAppWebClient extends EventEmitter implements WhatsAppWebClient {
  initializeCalls = 0;
  destroyCalls = 0;
  /** Rejects the next sendMessage with this error. */
  failNextSend: Error | undefined;
  readonly sent: Array<{ chatId: string; content: string }> = [];
  private sequence = 0;

  async initialize(): Promise<void> {
    this.initializeCalls += 1;
  }

  async destroy(): Promise<void> {
    this.destroyCalls += 1;
  }

  async sendMessage(chatId: string, content: string): Promise<{ id: { _serialized: string } }> {
    if (this.failNextSend) {
      const error = this.failNextSend;
      this.failNextSend = undefined;
      throw error;
    }
    this.sent.push({ chatId, content });
    this.sequence += 1;
    return { id: { _serialized: `true_${chatId}_OUT${this.sequence}` } };
  }

  /** Texts sent to one chat, in order. */
  sentTo(chatId: string): string[] {
    return this.sent.filter((m) => m.chatId === chatId).map((m) => m.content);
  }

  /** Emits an incoming text message as whatsapp-web.js does. */
  receive(from: string, body: string, overrides: Partial<WhatsAppWebMessage> = {}): void {
    this.sequence += 1;
    const message: WhatsAppWebMessage = {
      id: { _serialized: `false_${from}_IN${this.sequence}` },
      from,
      fromMe: false,
      body,
      type: 'chat',
      hasMedia: false,
      isStatus: false,
      broadcast: false,
      timestamp: Math.floor(Date.now() / 1000),
      ...overrides,
    };
    this.emit('message', message);
  }
}
