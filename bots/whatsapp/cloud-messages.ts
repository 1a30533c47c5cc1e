import { AppError } from '../../core/platform/errors.ts';
import type { Choice, OutboundMessage } from '../../core/conversation/index.ts';
import type { WhatsAppTexts } from './channel-texts.ts';
import { cutLabel, messageText, splitText } from './whatsapp-format.ts';

/**
 * The core's reply as Cloud API message objects (without `to`): plain text,
 * reply buttons for up to 3 choices, a list for 4 to 10. WhatsApp's limits:
 * text 4096 characters, interactive body 1024, button title 20, list row
 * title 24 (the whole label then goes in the row's description, 72).
 */
export const LIMITS = { text: 4096, body: 1024, buttons: 3, rows: 10, buttonTitle: 20, rowTitle: 24, rowDescription: 72, buttonId: 256, rowId: 200 } as const;

export type CloudMessage = Record<string, unknown> & { type: 'text' | 'interactive' | 'template' };

const textMessage = (body: string): CloudMessage => ({ type: 'text', text: { body, preview_url: /https?:\/\//.test(body) } });

/** Titles must be unique within one message: a cut title that repeats gets its number. */
function uniqueTitles(choices: readonly Choice[], max: number): string[] {
  const seen = new Set<string>();
  return choices.map((choice, i) => {
    let title = cutLabel(choice.label, max);
    if (seen.has(title)) title = cutLabel(`${i + 1}. ${choice.label}`, max);
    seen.add(title);
    return title;
  });
}

function interactive(body: string, choices: readonly Choice[], texts: WhatsAppTexts): CloudMessage {
  if (choices.length <= LIMITS.buttons) {
    const titles = uniqueTitles(choices, LIMITS.buttonTitle);
    return {
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: body },
        action: { buttons: choices.map((c, i) => ({ type: 'reply', reply: { id: c.payload.slice(0, LIMITS.buttonId), title: titles[i] } })) },
      },
    };
  }
  const titles = uniqueTitles(choices, LIMITS.rowTitle);
  return {
    type: 'interactive',
    interactive: {
      type: 'list',
      body: { text: body },
      action: {
        button: cutLabel(texts.listButton, LIMITS.buttonTitle),
        sections: [{
          rows: choices.slice(0, LIMITS.rows).map((c, i) => ({
            id: c.payload.slice(0, LIMITS.rowId),
            title: titles[i],
            ...(titles[i] !== c.label.trim() ? { description: cutLabel(c.label, LIMITS.rowDescription) } : {}),
          })),
        }],
      },
    },
  };
}

/**
 * The messages one reply becomes, in order. A text longer than an
 * interactive body goes out as text first; the buttons or list then follow
 * with a short "choose an option" body in the reply's language.
 */
export function cloudMessages(message: Pick<OutboundMessage, 'text' | 'links' | 'choices' | 'from'>, texts: WhatsAppTexts): CloudMessage[] {
  const text = messageText(message).trim();
  const choices = message.choices.slice(0, LIMITS.rows);
  if (choices.length === 0) return splitText(text, LIMITS.text).map(textMessage);
  if (text !== '' && text.length <= LIMITS.body) return [interactive(text, choices, texts)];
  return [...splitText(text, LIMITS.text).map(textMessage), interactive(texts.chooseOption, choices, texts)];
}

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
