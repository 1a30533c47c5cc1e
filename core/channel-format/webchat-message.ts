import { limitChoices, textWithLinks, type OutboundMessage } from '../conversation/messages.ts';

/**
 * A reply as web chat shows it: the text of the bot's Direct Line message
 * activity (markdown, rendered and sanitised by Web Chat) and its choices as
 * postBack suggested actions. Pure: what bots/webchat/activities.ts puts in
 * an activity and the studio's preview shows.
 */
export interface WebChatContent {
  text: string;
  textFormat: 'markdown';
  /** At most MAX_CHOICES postBack actions; `value` is the choice's payload. Absent without choices. */
  suggestedActions?: { to: string[]; actions: Array<{ type: 'postBack'; title: string; value: string }> };
}

export function webChatContent(message: Pick<OutboundMessage, 'text' | 'links' | 'choices'>): WebChatContent {
  const content: WebChatContent = { text: textWithLinks(message), textFormat: 'markdown' };
  const choices = limitChoices(message.choices);
  if (choices.length > 0) {
    content.suggestedActions = { to: [], actions: choices.map((c) => ({ type: 'postBack', title: c.label, value: c.payload })) };
  }
  return content;
}
