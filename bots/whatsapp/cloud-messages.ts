import { AppError } from '../../core/platform/errors.ts';
import type { CloudMessage } from '../../core/channel-format/index.ts';

/**
 * The approved template sent outside WhatsApp's 24-hour window. (A reply's
 * own Cloud API messages are built in core/channel-format, where the studio's
 * preview builds the same.)
 */

/** An approved template: WHATSAPP_CLOUD_TEMPLATE as `name:language`, e.g. `reengage:en` or `reengage:pt_BR`. */
export interface TemplateSetting {
  name: string;
  language: string;
}

/**
 * Reads WHATSAPP_CLOUD_TEMPLATE; undefined when unset.
 * @throws AppError CONFIG_INVALID when it is not `name:language`
 */
export function parseTemplateSetting(value: string | undefined): TemplateSetting | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^([a-z0-9_]{1,512}):([a-z]{2,3}(?:_[A-Z]{2})?)$/.exec(value.trim());
  if (!match) throw new AppError('CONFIG_INVALID', { details: `WHATSAPP_CLOUD_TEMPLATE: "${value}" is not name:language (e.g. reengage:en)` });
  return { name: match[1], language: match[2] };
}

/** The template message (no parameters: the approved text is sent as it is). */
export function templateMessage(template: TemplateSetting): CloudMessage {
  return { type: 'template', template: { name: template.name, language: { code: template.language } } };
}
