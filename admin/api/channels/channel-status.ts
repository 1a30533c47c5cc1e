import type { FastifyInstance } from 'fastify';
import { mayLinkChannels } from '../../../core/access/index.ts';

/**
 * One channel's (or transport's) state as the admin sees it. The four the
 * issue names — connected, waiting for a QR scan, disabled (which setting
 * is missing), failing (last error) — plus `starting` while it connects.
 */
export interface ChannelStatusEntry {
  channel: 'webchat' | 'telegram' | 'whatsapp' | 'azure-bot';
  /** WhatsApp: `cloud` (Cloud API) or `web` (whatsapp-web.js session); Telegram: `webhook` or `polling`. */
  transport?: string;
  state: 'connected' | 'starting' | 'waiting_for_qr' | 'disabled' | 'failing';
  /** disabled: what to set; failing: the last error (no tokens, no phone numbers). */
  reason?: string;
  /** disabled: the settings that are missing. */
  missing?: string[];
  /** waiting_for_qr: the QR code as an image (data: URL) to scan with the phone. */
  qrDataUrl?: string;
  /** Telegram: the bot's username. */
  account?: string;
  since?: Date;
}

/** Reads the current status of one channel; called on every request (cheap, in memory). */
export type ChannelStatusSource = () => ChannelStatusEntry | ChannelStatusEntry[];

/**
 * `GET /api/channels/status` for signed-in staff (any role): every channel's
 * state; the WhatsApp QR code only for administrators. Needs staffAuthPlugin registered before it (`app.requireStaff`).
 */
export async function channelStatusRoutes(app: FastifyInstance, options: { sources: readonly ChannelStatusSource[] }): Promise<void> {
  app.get('/api/channels/status', { onRequest: app.requireStaff() }, async (request) => {
    // The WhatsApp QR code links a phone to the bot's session: only administrators see it.
    const admin = request.staff !== null && request.staff !== undefined && mayLinkChannels(request.staff);
    const channels = options.sources.flatMap((source) => source());
    return { channels: admin ? channels : channels.map(({ qrDataUrl: _qr, ...rest }) => rest) };
  });
}
