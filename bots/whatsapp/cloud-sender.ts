import type { Logger } from 'pino';
import { sendPartsOnce, type ChannelSender, type DeliveryResult, type OutboundMessage, type PartProgress } from '../../core/conversation/index.ts';
import { textsForReply } from './channel-texts.ts';
import { cloudMessages } from '../../core/channel-format/index.ts';
import { templateMessage, type TemplateSetting } from './cloud-messages.ts';
import { languageFromPhone } from './country-language.ts';
import { GraphClient, OUTSIDE_WINDOW_ERROR, type GraphClientOptions } from './graph-client.ts';
import { isPhoneDigits } from './phone.ts';
import type { CustomerServiceWindow } from './service-window.ts';
import { TransportStatus } from './transport-status.ts';

/** Options of {@link WhatsAppCloudSender}. */
export interface WhatsAppCloudSenderOptions {
  graph: GraphClientOptions;
  /** The same window the webhook plugin records into. */
  window: CustomerServiceWindow;
  /** WHATSAPP_CLOUD_TEMPLATE, parsed (`parseTemplateSetting`): sent instead of a free-form message outside the window. */
  template?: TemplateSetting;
  log?: Logger;
  /** Parts of a reply already sent (text, then buttons): a retry after a failed later part starts after them. */
  progress?: PartProgress;
}

/** Results that say the configuration is broken rather than one message. */
const CONFIG_FAILURE = /WHATSAPP_CLOUD_TOKEN|\b(401|403)\b/;

/**
 * Delivers the core's replies through the WhatsApp Cloud API, inside the
 * 24-hour customer-service window. Outside it a free-form message is not
 * sent: the approved template goes out instead (once, until the person
 * answers), or — without a template — the delivery fails with
 * OUTSIDE_WINDOW_ERROR, which the delivery queue keeps on the message.
 */
export class WhatsAppCloudSender implements ChannelSender {
  readonly channel = 'whatsapp' as const;
  readonly status = new TransportStatus('cloud', { state: 'connected' });
  private readonly graph: GraphClient;

  constructor(private readonly options: WhatsAppCloudSenderOptions) {
    this.graph = new GraphClient(options.graph);
  }

  async send(message: OutboundMessage): Promise<DeliveryResult> {
    if (message.channel !== 'whatsapp') return { status: 'failed', error: `WhatsAppCloudSender cannot send to channel ${message.channel}` };
    const phone = message.channelUserId;
    if (!isPhoneDigits(phone)) return { status: 'failed', error: 'invalid recipient: not an international phone number' };

    let window;
    try {
      window = await this.options.window.state(phone);
    } catch (err) {
      return { status: 'retry', error: `WhatsApp window store unavailable: ${(err as Error).message}` };
    }
    if (!window.open) return this.outsideWindow(phone);

    const texts = textsForReply(message, languageFromPhone(phone));
    const last = await sendPartsOnce({
      parts: cloudMessages(message, texts),
      progress: this.options.progress,
      messageId: message.messageId,
      send: async (body) => this.observe(await this.graph.send({ to: phone, ...body })),
      wentOut: (result) => result.status === 'sent',
    });
    return last ?? { status: 'failed', error: 'empty message: nothing to send' };
  }

  /** Template once per closed window, else the clear failure. */
  private async outsideWindow(phone: string): Promise<DeliveryResult> {
    const { template } = this.options;
    if (!template) return { status: 'failed', error: OUTSIDE_WINDOW_ERROR };
    let claimed: boolean;
    try {
      claimed = await this.options.window.claimTemplate(phone);
    } catch (err) {
      return { status: 'retry', error: `WhatsApp window store unavailable: ${(err as Error).message}` };
    }
    if (!claimed) {
      return { status: 'failed', error: `${OUTSIDE_WINDOW_ERROR}: the template "${template.name}" was already sent and the person has not replied yet` };
    }
    const result = this.observe(await this.graph.send({ to: phone, ...templateMessage(template) }));
    if (result.status !== 'sent') await this.options.window.releaseTemplate(phone).catch(() => undefined);
    else this.options.log?.info({ template: template.name }, 'outside the 24-hour window: the approved template was sent instead of the reply');
    return result;
  }

  /** Keeps the transport status: a token or permission problem is `failing` until a send works again. */
  private observe(result: DeliveryResult): DeliveryResult {
    if (result.status === 'sent') this.status.set({ state: 'connected' });
    else if (result.status === 'failed' && CONFIG_FAILURE.test(result.error)) this.status.set({ state: 'failing', lastError: result.error });
    else if (result.status === 'retry' && /unreachable/.test(result.error)) this.status.set({ state: 'failing', lastError: result.error });
    return result;
  }
}
