import type { Channel, OutboundMessage } from '../messages.ts';
import type { ChannelSender, DeliveryResult } from '../ports.ts';

/**
 * A channel at the network edge for tests: records what would have been
 * sent, in order, and answers `sent` with a numbered external id, or fails
 * every delivery permanently with `failWith` (as WhatsApp outside its
 * 24-hour window).
 */
export class RecordingChannel implements ChannelSender {
  readonly sent: OutboundMessage[] = [];
  failWith?: string;

  constructor(readonly channel: Channel = 'telegram') {}

  async send(message: OutboundMessage): Promise<DeliveryResult> {
    if (this.failWith) return { status: 'failed', error: this.failWith };
    this.sent.push(message);
    return { status: 'sent', externalId: `${this.channel}-${this.sent.length}` };
  }
}
