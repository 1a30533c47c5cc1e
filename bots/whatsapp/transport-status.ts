import { whatsappCloudMissing, type Config } from '../../core/platform/config.ts';

/**
 * What the channel-status endpoint shows per WhatsApp transport: working,
 * waiting for a person to scan the QR code (web session), switched off (and
 * which settings are missing), or failing (and the last error).
 */
export type WhatsAppTransport = 'cloud' | 'web';

export type WhatsAppStatus =
  /** `missing`: the settings that would switch it on; `reason`: the same as a sentence. */
  | { transport: WhatsAppTransport; state: 'disabled'; missing: string[]; reason: string; since: Date }
  | { transport: WhatsAppTransport; state: 'starting'; since: Date }
  /** `qr`: the raw QR payload; `qrDataUrl`: the same as an SVG image (data: URL) for the admin page. */
  | { transport: WhatsAppTransport; state: 'waiting_for_qr'; qr: string; qrDataUrl: string; since: Date }
  | { transport: WhatsAppTransport; state: 'connected'; since: Date }
  /** `lastError` never contains a phone number or a token. */
  | { transport: WhatsAppTransport; state: 'failing'; lastError: string; since: Date };

export type WhatsAppState = WhatsAppStatus['state'];

/** Distributes Omit over the union, so each state keeps its own fields. */
type StatusInput = WhatsAppStatus extends infer S ? (S extends WhatsAppStatus ? Omit<S, 'transport' | 'since'> : never) : never;

/** The current status of one transport; `since` changes only when the state does. */
export class TransportStatus {
  private status: WhatsAppStatus;

  constructor(readonly transport: WhatsAppTransport, initial: StatusInput = { state: 'starting' }, private readonly now: () => Date = () => new Date()) {
    this.status = { ...initial, transport, since: now() } as WhatsAppStatus;
  }

  get current(): WhatsAppStatus {
    return this.status;
  }

  set(next: StatusInput): void {
    const since = next.state === this.status.state ? this.status.since : this.now();
    this.status = { ...next, transport: this.transport, since } as WhatsAppStatus;
  }
}

/** Which transport the configuration asks for: one at a time, the Cloud API when configured. */
export type WhatsAppTransportChoice =
  | { transport: 'cloud' }
  | { transport: 'web' }
  | { transport: 'none'; missing: string[] };

/**
 * The Cloud API when all four WHATSAPP_CLOUD_* settings are set (production),
 * else the whatsapp-web.js session when WHATSAPP_WEB_ENABLED=true (pilots),
 * else none, naming what is missing.
 */
export function chooseWhatsAppTransport(cfg: Config): WhatsAppTransportChoice {
  const missing = whatsappCloudMissing(cfg);
  if (missing.length === 0) return { transport: 'cloud' };
  if (cfg.WHATSAPP_WEB_ENABLED === 'true') return { transport: 'web' };
  return { transport: 'none', missing: [...missing, 'WHATSAPP_WEB_ENABLED=true'] };
}

/** The status of both transports when one (or neither) is chosen: the other is `disabled` with its missing settings. */
export function disabledStatuses(cfg: Config, now = new Date()): WhatsAppStatus[] {
  const choice = chooseWhatsAppTransport(cfg);
  const statuses: WhatsAppStatus[] = [];
  if (choice.transport !== 'cloud') {
    const missing = whatsappCloudMissing(cfg);
    statuses.push({ transport: 'cloud', state: 'disabled', missing, reason: `${missing.join(', ')} not set`, since: now });
  }
  if (choice.transport === 'cloud') {
    statuses.push({ transport: 'web', state: 'disabled', missing: [], reason: 'the Cloud API is configured and takes precedence', since: now });
  } else if (choice.transport === 'none') {
    statuses.push({ transport: 'web', state: 'disabled', missing: ['WHATSAPP_WEB_ENABLED'], reason: 'WHATSAPP_WEB_ENABLED is not true', since: now });
  }
  return statuses;
}
