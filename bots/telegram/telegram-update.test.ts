import { describe, expect, it } from 'vitest';
import { readUpdate } from './telegram-update.ts';

const now = new Date('2026-03-01T10:00:00Z');
const anna = { id: 5551234, is_bot: false, first_name: 'Anna', language_code: 'pl' };
const privateChat = { id: 5551234, first_name: 'Anna', type: 'private' };

/** Updates shaped as the Bot API sends them (recorded form, ids made up). */
const updates = {
  start: { update_id: 900001, message: { message_id: 1, from: anna, chat: privateChat, date: 1772359200, text: '/start voorbeeld', entities: [{ offset: 0, length: 6, type: 'bot_command' }] } },
  question: { update_id: 900002, message: { message_id: 2, from: anna, chat: privateChat, date: 1772359260, text: 'Jak dostać numer BSN?' } },
  photo: { update_id: 900003, message: { message_id: 3, from: anna, chat: privateChat, date: 1772359270, photo: [{ file_id: 'AgAC', file_unique_id: 'AQAD', width: 90, height: 90 }], caption: 'Co to za list?' } },
  sticker: { update_id: 900004, message: { message_id: 4, from: anna, chat: privateChat, date: 1772359280, sticker: { file_id: 'CAAC', file_unique_id: 'AgAD', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } } },
  edited: { update_id: 900005, edited_message: { message_id: 2, from: anna, chat: privateChat, date: 1772359260, edit_date: 1772359300, text: 'Jak dostać numer BSN??' } },
  group: { update_id: 900006, message: { message_id: 7, from: anna, chat: { id: -100123, title: 'Werk', type: 'supergroup' }, date: 1772359300, text: 'hello' } },
  press: {
    update_id: 900007,
    callback_query: {
      id: '4382bfdwdsb323b2d9', from: anna, chat_instance: '-812345', data: 'language:pl',
      message: { message_id: 10, from: { id: 42, is_bot: true, first_name: 'Bot', username: 'testdorp_bot' }, chat: privateChat, date: 1772359200, text: 'Which language?' },
    },
  },
};

describe('readUpdate', () => {
  it('a /start deep link: text, entry code, locale, id per chat and message', () => {
    expect(readUpdate(updates.start, now)).toEqual({
      kind: 'message',
      message: { channel: 'telegram', channelUserId: '5551234', externalId: '5551234:1', text: '/start voorbeeld', entryCode: 'voorbeeld', locale: 'pl', receivedAt: now },
    });
    expect(readUpdate({ ...updates.start, message: { ...updates.start.message, text: '/start@testdorp_bot AgriFarm' } }, now))
      .toMatchObject({ message: { entryCode: 'agrifarm' } });
    expect(readUpdate({ ...updates.start, message: { ...updates.start.message, text: '/start' } }, now)).not.toHaveProperty('message.entryCode');
  });

  it('a question: text only, no entry code', () => {
    const event = readUpdate(updates.question, now);
    expect(event).toEqual({ kind: 'message', message: expect.objectContaining({ text: 'Jak dostać numer BSN?', externalId: '5551234:2' }) });
    expect(event).not.toHaveProperty('message.entryCode');
  });

  it('media: hasMedia, the caption as text (a question in a caption is still a question)', () => {
    expect(readUpdate(updates.photo, now)).toMatchObject({ kind: 'message', message: { hasMedia: true, text: 'Co to za list?' } });
    const sticker = readUpdate(updates.sticker, now);
    expect(sticker).toMatchObject({ kind: 'message', message: { hasMedia: true } });
    expect(sticker).not.toHaveProperty('message.text');
  });

  it('ignores edited messages, group chats, bots, service messages and other update types', () => {
    expect(readUpdate(updates.edited, now)).toEqual({ kind: 'ignored', reason: 'update type edited_message is not handled' });
    expect(readUpdate(updates.group, now)).toEqual({ kind: 'ignored', reason: 'not a private chat' });
    expect(readUpdate({ ...updates.question, message: { ...updates.question.message, from: { ...anna, is_bot: true } } }, now).kind).toBe('ignored');
    expect(readUpdate({ update_id: 1, message: { message_id: 9, from: anna, chat: privateChat, date: 1, pinned_message: {} } }, now).kind).toBe('ignored');
    expect(readUpdate({ update_id: 1, my_chat_member: { chat: privateChat } }, now)).toEqual({ kind: 'ignored', reason: 'update type my_chat_member is not handled' });
  });

  it('a pressed button: query id, raw data, the message for the core', () => {
    expect(readUpdate(updates.press, now)).toEqual({
      kind: 'callback', queryId: '4382bfdwdsb323b2d9', data: 'language:pl', locale: 'pl',
      message: { channel: 'telegram', channelUserId: '5551234', externalId: 'cb:4382bfdwdsb323b2d9', locale: 'pl', receivedAt: now },
    });
  });

  it('a button without a private chat of its presser still has to be answered: no message for the core', () => {
    const { message: _, ...inline } = updates.press.callback_query;
    expect(readUpdate({ update_id: 2, callback_query: { ...inline, inline_message_id: 'AAA' } }, now)).toEqual({ kind: 'callback', queryId: '4382bfdwdsb323b2d9', data: 'language:pl', locale: 'pl' });
    const someoneElse = { ...updates.press.callback_query, from: { ...anna, id: 777 } };
    expect(readUpdate({ update_id: 3, callback_query: someoneElse }, now)).not.toHaveProperty('message');
  });

  it('never throws on malformed updates', () => {
    const junk: unknown[] = [
      null, 42, 'text', [], {}, { update_id: 'x' }, { message: null }, { message: 'hi' }, { message: [] },
      { message: { chat: 'x' } }, { message: { chat: { type: 'private', id: 1.5 }, from: anna, message_id: 1, text: 'x' } },
      { message: { chat: privateChat, from: anna, message_id: '1', text: 'x' } },
      { message: { chat: privateChat, from: { id: 'x' }, message_id: 1, text: 'x' } },
      { message: { chat: { ...privateChat, id: 2 ** 60 }, from: anna, message_id: 1, text: 'x' } },
      { callback_query: { id: 5 } }, { callback_query: { id: '' } }, { callback_query: { id: 'x', message: 'y', from: null } },
    ];
    for (const update of junk) expect(['ignored', 'callback']).toContain(readUpdate(update, now).kind);
  });

  it('drops a malformed language code', () => {
    const event = readUpdate({ ...updates.question, message: { ...updates.question.message, from: { ...anna, language_code: '<script>' } } }, now);
    expect(event).not.toHaveProperty('message.locale');
  });
});
