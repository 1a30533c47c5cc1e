import { describe, expect, it } from 'vitest';
import { INBOX_TEST_PASSWORD } from '../support/inbox-harness.ts';
import { applyTransition } from '../../core/conversation/index.ts';
import type { InboxEvent } from '../../core/handoff/index.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { useInboxWorld } from '../support/inbox-world.ts';

/**
 * An urgent message on the whole real stack (PostgreSQL, BullMQ and pub/sub
 * on Redis, the conversation core, the inbox API): the safety card first,
 * the conversation handed to the inbox marked urgent, the anonymous log's
 * outcome `urgent`, a live `conversation.urgent` event, and urgent
 * conversations listed first. DeepL is faked; the person's channel records.
 */
const world = useInboxWorld();
const { db, login, get, conv } = world;

const FIRE = 'Help, there is a fire in our house, smoke everywhere!';

/** The inbox events the hub hears for testdorp until `stop()`. */
async function recordEvents(): Promise<{ events: InboxEvent[]; stop: () => void }> {
  await world.h.hub.start();
  const events: InboxEvent[] = [];
  const stop = world.h.hub.listen([world.orgs.testdorp], (event) => events.push(event));
  return { events, stop };
}

describe('an urgent message', () => {
  it('first contact: safety card with 112 first, then a person; waiting, marked urgent, logged `urgent`, announced live', async () => {
    const live = await recordEvents();
    await world.h.say(FIRE);
    await expect.poll(() => world.h.channel.sent.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 200));
    const texts = world.h.channel.sent.map((m) => m.text);
    expect(texts[0].startsWith(FIXED_TEXTS.en.safety.intro.acute)).toBe(true);
    expect(texts[0]).toContain('- 112 (police, fire brigade, ambulance): call 112');
    expect(texts.at(-1)).toBe(FIXED_TEXTS.en.safety.personNow.replace('{organization}', 'Gemeente Testdorp'));
    expect(texts.join('\n')).not.toContain(FIXED_TEXTS.en.welcome.greeting.replace('{place}', 'Gemeente Testdorp'));

    const conversation = await world.latest();
    expect(conversation).toMatchObject({ state: 'waiting', urgent: 'acute' });
    expect(conversation.urgentAt).toBeInstanceOf(Date);
    expect(await db.questionLog.findMany({ select: { outcome: true, language: true } })).toEqual([{ outcome: 'urgent', language: 'en' }]);
    const timeline = await db.conversationEvent.findMany({ where: { conversationId: conversation.id }, orderBy: { type: 'asc' } });
    expect(timeline).toEqual([
      expect.objectContaining({ type: 'conversation.handed_off', toState: 'waiting', data: { reason: 'urgent' } }),
      expect.objectContaining({ type: 'conversation.marked_urgent', data: { kind: 'acute' } }),
    ]);
    await expect.poll(() => live.events.map((e) => e.type)).toEqual(['conversation.handed_off', 'conversation.urgent']);
    live.stop();
  });

  it("shows the municipality's own safety card entries from its settings", async () => {
    await db.organization.update({
      where: { id: world.orgs.testdorp },
      data: { settings: { safetyCard: [{ name: 'Crisisdienst Testdorp', phone: '030 999 00 00' }, { name: 'Housing desk', phone: '030 111 22 33', kinds: ['eviction'] }] } },
    });
    await world.h.say('the boss took our passports and locks the door at night');
    await expect.poll(() => world.h.channel.sent.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const card = world.h.channel.sent[0].text;
    expect(card).toContain('FairWork');
    expect(card).toContain('0800-5151');
    expect(card.split('\n').filter((l) => l.startsWith('- ')).at(-1)).toBe('- Crisisdienst Testdorp: call 030 999 00 00');
    expect(card).not.toContain('Housing desk');
    expect(await world.latest()).toMatchObject({ state: 'waiting', urgent: 'exploitation' });
  });

  it('outside office hours the card says to call now and when a person reads the chat', async () => {
    // Open one minute a week, a week from now: closed now, whatever the day.
    const day = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date().getUTCDay()];
    await db.organization.update({ where: { id: world.orgs.testdorp }, data: { officeHours: { timezone: 'UTC', weekly: { [day]: [['00:00', '00:01']] } } } });
    await world.h.say('I want to kill myself');
    await expect.poll(() => world.h.channel.sent.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 300));
    const card = world.h.channel.sent[0].text;
    expect(card).toContain('113 Zelfmoordpreventie');
    expect(card).toContain('0800-0113');
    const [before, after] = FIXED_TEXTS.en.safety.outsideHours.split('{when}');
    expect(card.split('\n\n').at(-1)).toMatch(new RegExp(`^${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.+${after.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(world.h.channel.sent.map((m) => m.text)).not.toContain(FIXED_TEXTS.en.safety.personNow.replace('{organization}', 'Gemeente Testdorp'));
    expect(await world.latest()).toMatchObject({ state: 'waiting', urgent: 'suicide' });
  });

  it('while people hold the conversation: a new danger still gets the card and marks it; the same danger again gets nothing new', async () => {
    const id = await world.waitingConversation();
    expect(await world.latest()).toMatchObject({ urgent: null });
    const sentBefore = world.h.channel.sent.length;
    await world.h.say('Ajutor, casa noastră arde, there is a fire in our house');
    await expect.poll(async () => (await world.latest()).urgent, { timeout: 10_000 }).toBe('acute');
    await expect.poll(() => world.h.channel.sent.length, { timeout: 10_000 }).toBe(sentBefore + 1);
    expect(world.h.channel.sent.at(-1)?.text).toContain('112');
    // The conversation is held in Romanian: the card is too.
    expect(world.h.channel.sent.at(-1)?.text.startsWith(FIXED_TEXTS.ro.safety.intro.acute)).toBe(true);
    expect((await db.questionLog.findMany({ where: { outcome: 'urgent' } })).length).toBe(1);

    await world.h.say('there is a fire in our house, please hurry');
    await expect.poll(() => db.message.count({ where: { direction: 'inbound', deliveryStatus: 'delivered' } }), { timeout: 10_000 }).toBe(3);
    await new Promise((r) => setTimeout(r, 300));
    expect(world.h.channel.sent.length).toBe(sentBefore + 1);
    // Marked once in the timeline, without a state change, though said twice.
    expect(await db.conversationEvent.findMany({ where: { conversationId: id, type: 'conversation.marked_urgent' }, select: { data: true } }))
      .toEqual([{ data: { kind: 'acute' } }]);

    // People dealt with it: handing back to the bot clears the mark.
    await applyTransition(db, id, { type: 'handed_back' });
    expect(await world.latest()).toMatchObject({ state: 'bot', urgent: null, urgentAt: null });
  });

  it('the inbox lists urgent conversations first, with their kind, in the list and the conversation', async () => {
    const waiting = await world.waitingConversation();
    await world.h.say(FIRE, '888');
    await expect.poll(() => db.conversation.count({ where: { urgent: 'acute' } }), { timeout: 10_000 }).toBe(1);
    const urgentId = (await db.conversation.findFirstOrThrow({ where: { urgent: 'acute' } })).id;

    // Rita reads Romanian: the Romanian conversation would come first for her, but a person in danger comes before.
    await createStaffUser(db, {
      email: 'rita@testdorp.example', name: 'Rita', password: INBOX_TEST_PASSWORD, languages: ['ro'],
      memberships: [{ organization: 'testdorp', role: 'outreach_worker' }],
    });
    const rita = await login('rita@testdorp.example');
    const { items } = (await get(rita, '/api/inbox/conversations')).json();
    expect(items.map((i: { id: string }) => i.id)).toEqual([urgentId, waiting]);
    expect(items[0]).toMatchObject({ urgent: 'acute', state: 'waiting' });
    expect(Date.parse(items[0].urgentAt)).not.toBeNaN();
    expect(items[1]).toMatchObject({ urgent: null, urgentAt: null });
    expect((await get(rita, conv(urgentId))).json().conversation).toMatchObject({ id: urgentId, urgent: 'acute' });
  });
});
