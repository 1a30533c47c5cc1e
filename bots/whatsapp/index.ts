/**
 * The WhatsApp channel: one adapter, two transports, one at a time.
 *
 * - **Cloud API** (production): Meta's official API. Webhook
 *   (`whatsappCloudPlugin`, signature-checked) in, Graph API out
 *   (`WhatsAppCloudSender`), within the 24-hour customer-service window.
 * - **Web session** (pilots): whatsapp-web.js driving WhatsApp Web in
 *   Debian's Chromium, linked by QR code (`WhatsAppWebSession`).
 *   Unofficial: WhatsApp may ban numbers that use it.
 *
 * Both use the phone number (digits) as the channel user id, so a person is
 * the same contact on either; its country is the language hint; a
 * `wa.me/<number>?text=START%20<code>` link's first message carries the entry
 * code. Wiring: `createWhatsAppChannel` builds what the configuration asks for.
 */
export { createWhatsAppChannel, type WhatsAppChannel, type WhatsAppChannelDependencies } from './whatsapp-channel.ts';
export { whatsappCloudPlugin, DEFAULT_WEBHOOK_PATH, type WhatsAppCloudPluginOptions } from './cloud-plugin.ts';
export { WhatsAppCloudSender, type WhatsAppCloudSenderOptions } from './cloud-sender.ts';
export { WhatsAppWebSession, type WhatsAppWebSessionOptions } from './web-session.ts';
export { createWhatsAppWebClient, CHROMIUM_ARGS, type WhatsAppWebClient, type WhatsAppWebMessage, type WhatsAppWebClientOptions } from './web-client.ts';
export { CustomerServiceWindow, customerServiceWindow, SERVICE_WINDOW_MS, type ServiceWindowState } from './service-window.ts';
export { ChoiceMemory, CHOICE_TTL_SECONDS } from './choice-memory.ts';
export { OUTSIDE_WINDOW_ERROR, type GraphClientOptions } from './graph-client.ts';
export { parseTemplateSetting, type TemplateSetting } from './cloud-messages.ts';
export { signBody, parseCloudWebhook } from './cloud-webhook.ts';
export { phoneHasher, type PhoneHasher } from './phone.ts';
export { languageFromPhone } from './country-language.ts';
export { DEFAULT_KEY_PREFIX } from './person-keys.ts';
export { WHATSAPP_TEXTS, type WhatsAppTexts } from './channel-texts.ts';
export {
  chooseWhatsAppTransport, disabledStatuses, TransportStatus,
  type WhatsAppStatus, type WhatsAppState, type WhatsAppTransport, type WhatsAppTransportChoice,
} from './transport-status.ts';
