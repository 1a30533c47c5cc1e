import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { webChat } from '../support/browser.ts';
import { INBOX_BROWSER_WORKER, signInToInbox, useInboxBrowserWorld } from '../support/inbox-browser-world.ts';

/**
 * An urgent message in two browsers on the whole real stack (PostgreSQL,
 * BullMQ and pub/sub on Redis, the conversation core with the real crisis
 * recogniser, the web chat, staff sign-in, the inbox); only DeepL is faked.
 * A person writes in Bulgarian in Latin letters that their house is on fire;
 * they get the safety reply with 112 in Bulgarian and a person at once. A
 * worker's inbox, already open, lists the conversation first — above one
 * that has waited longer — with a red "urgent" banner, and beeps.
 *
 * URGENT_E2E_TEXT overrides the message (with URGENT_E2E_LANG its language),
 * to run the plumbing with another recognisable message.
 */
const URGENT_TEXT = process.env.URGENT_E2E_TEXT ?? 'pomosht, kashtata gori, ima dim navsyakade';
const URGENT_LANG = (process.env.URGENT_E2E_LANG ?? 'bg') as 'bg';
const world = useInboxBrowserWorld({ name: 'urgent', library: engineLibraryFile, migrantLocale: 'bg-BG' });
const { db, shot } = world;

describe('an urgent message from the web chat', () => {
  it('gets the safety reply with 112 in Bulgarian and a person; the open inbox shows it first, with a banner and a beep', async () => {
    const { base, core, migrant, worker } = world;
    const chat = webChat(migrant.page);
    const inbox = worker.page;

    // The worker is signed in with the inbox open.
    await signInToInbox(inbox, base, INBOX_BROWSER_WORKER.email, INBOX_BROWSER_WORKER.password);
    await inbox.getByRole('status').filter({ hasText: 'Live bijwerken aan' }).waitFor({ timeout: 15_000 });

    // Someone else has been waiting longer (asked for a person in Polish, on Telegram).
    await core.stack.service.receive({
      channel: 'telegram', channelUserId: '5150', externalId: randomUUID(), text: 'chcę porozmawiać z człowiekiem', receivedAt: new Date(),
    });
    const other = inbox.locator('#conversation-list button').filter({ hasText: 'chcę porozmawiać z człowiekiem' });
    await other.waitFor({ timeout: 15_000 });
    // Browsers allow sound only after an interaction with the page: the worker has clicked in the inbox before.
    await inbox.getByRole('heading', { name: 'Wachtend en in behandeling' }).click();

    // The person writes that their house is on fire, in Bulgarian typed in Latin letters.
    await migrant.page.goto(`${base}/chat/testdorp`);
    await chat.sendBox().waitFor({ state: 'visible', timeout: 15_000 });
    await chat.send(URGENT_TEXT);
    const safety = FIXED_TEXTS[URGENT_LANG].safety;
    const card = chat.transcript().locator('.webchat__bubble__content').filter({ hasText: safety.intro.acute });
    await card.first().waitFor({ timeout: 15_000 });
    const cardText = (await card.first().textContent()) ?? '';
    expect(cardText).toContain(`112 (${safety.services.emergency})`);
    expect(cardText).toContain(safety.call.replace('{phone}', '112'));
    await chat.transcript().getByText(safety.personNow.replace('{organization}', 'Gemeente Testdorp')).first().waitFor({ timeout: 15_000 });
    // The safety reply came first: before it, nothing from the bot (no greeting, no language question).
    const bubbles = await chat.transcript().locator('.webchat__bubble__content').allTextContents();
    const first = bubbles.findIndex((t) => t.includes(safety.intro.acute));
    expect(bubbles.slice(0, first).filter((t) => !t.includes(URGENT_TEXT))).toEqual([]);
    await shot(migrant.page, 'urgent-migrant-chat.png');

    // The inbox: the urgent conversation first, marked, a banner above everything, and the beep.
    const items = inbox.locator('#conversation-list button');
    await items.first().locator('.inbox-badge-urgent').waitFor({ timeout: 15_000 });
    expect(await items.first().locator('.inbox-badge-urgent').textContent()).toBe('Spoed: acuut gevaar');
    expect(await items.nth(1).textContent()).toContain('chcę porozmawiać z człowiekiem');
    const banner = inbox.locator('#inbox-urgent');
    await banner.waitFor({ state: 'visible' });
    await inbox.getByRole('alert').filter({ hasText: 'Nieuw spoedgesprek: acuut gevaar' }).waitFor({ state: 'attached' });
    expect(await banner.textContent()).toContain('Spoed – iemand is mogelijk in gevaar.');
    expect(await banner.locator('button').first().textContent()).toMatch(/^Spoed: acuut gevaar · /);
    await expect.poll(() => banner.getAttribute('data-beeps')).toBe('1');
    expect(await inbox.title()).toMatch(/^\(!\) /);
    await shot(inbox, 'urgent-worker-inbox.png');

    // The banner opens the conversation; its header says why it is urgent.
    await banner.locator('button').first().click();
    await inbox.locator('#detail-meta').getByText('acuut gevaar').waitFor();

    const conversation = await db.conversation.findFirstOrThrow({ where: { urgent: { not: null } } });
    expect(conversation).toMatchObject({ state: 'waiting', urgent: 'acute', language: URGENT_LANG });
    expect(await db.questionLog.count({ where: { outcome: 'urgent' } })).toBe(1);
    expect([...migrant.foreignRequests, ...worker.foreignRequests]).toEqual([]);
    expect(worker.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  }, 120_000);
});
