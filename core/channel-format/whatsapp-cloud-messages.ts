import type { Choice, OutboundMessage } from '../conversation/messages.ts';
import { cutLabel, messageText, splitText } from './whatsapp-text.ts';

/**
 * The core's reply as WhatsApp Cloud API message objects (without `to`):
 * plain text, reply buttons for up to 3 choices, a list for 4 to 10.
 * WhatsApp's limits: text 4096 characters, interactive body 1024, button
 * title 20, list row title 24 (the whole label then goes in the row's
 * description, 72). Pure: what bots/whatsapp/cloud-sender.ts sends and the
 * studio's preview shows.
 */
export const LIMITS = { text: 4096, body: 1024, buttons: 3, rows: 10, buttonTitle: 20, rowTitle: 24, rowDescription: 72, buttonId: 256, rowId: 200 } as const;

export type CloudMessage = Record<string, unknown> & { type: 'text' | 'interactive' | 'template' };

/**
 * The few words the WhatsApp channel adds to the core's replies, in the
 * reply's language (the texts live in flows/channel-texts/whatsapp.json).
 */
export interface WhatsAppTexts {
  /** Under a numbered list of choices (web session): how to pick one. */
  replyWithNumber: string;
  /** The button that opens an interactive list (Cloud API; at most 20 characters). */
  listButton: string;
  /** Body of an interactive message when the reply's own text had to go out before it (too long for a body). */
  chooseOption: string;
}

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
