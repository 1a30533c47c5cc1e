import { describe, expect, it } from 'vitest';
import type { TileFileV1 } from '../../core/content/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { webChat } from '../support/browser.ts';
import { INBOX_BROWSER_WORKER, signInToInbox, useInboxBrowserWorld } from '../support/inbox-browser-world.ts';

/**
 * The handoff in two browsers on the whole real stack (PostgreSQL, BullMQ
 * and pub/sub on Redis, the conversation core, the web chat, staff sign-in,
 * the inbox API and page); only DeepL is faked, on loopback. A migrant asks
 * for a person in Romanian; an outreach worker who reads Dutch sees the
 * conversation arrive live, claims it, reads the Romanian translated into
 * Dutch, answers in Dutch (the migrant reads Romanian) and hands back; the
 * bot answers the migrant's next question again.
 */
const BSN_TITLE_RO = 'Înregistrarea la primărie și numărul BSN';
/** What the migrant is told when Anna de Vries claims the chat: her first name only. */
const JOINED_RO = FIXED_TEXTS.ro.worker.joined.replace('{name}', 'Anna').replace('{organization}', 'Gemeente Testdorp');

/** The engine's library with a Romanian version of the BSN tile (the fixture has none). */
function libraryWithRomanian(): TileFileV1 {
  const file = engineLibraryFile();
  const bsn = file.tiles.find((t) => t.key === 'bsn');
  if (!bsn) throw new Error('the engine library has no bsn tile');
  bsn.content = {
    ...bsn.content,
    ro: {
      title: BSN_TITLE_RO,
      body: 'Stați mai mult de patru luni? Înregistrați-vă la primărie (gemeente). Luați pașaportul și contractul de închiriere. Primiți numărul BSN.',
      examples: ['Cum obțin numărul BSN?', 'Unde îmi înregistrez adresa?'],
    },
  };
  return { ...file, languages: [...file.languages, 'ro'] };
}

const world = useInboxBrowserWorld({
  name: 'handoff',
  library: libraryWithRomanian,
  migrantLocale: 'ro-RO',
  // As the server reports them when Telegram is not configured: the inbox header says so.
  channelStatus: [() => ({ channel: 'webchat', state: 'connected' }), () => ({ channel: 'telegram', state: 'disabled', reason: 'TELEGRAM_BOT_TOKEN is not set' })],
});
const { db, shot } = world;

describe('handoff from the web chat to the inbox and back, in two browsers', () => {
  it('the worker sees the Romanian request live, answers in Dutch, the migrant reads Romanian; after the hand-back the bot answers', async () => {
    const { base, migrant, worker } = world;
    const chat = webChat(migrant.page);
    const inbox = worker.page;

    // The worker opens the inbox: signed out, so the sign-in page first, then back to the inbox.
    expect(await signInToInbox(inbox, base, INBOX_BROWSER_WORKER.email, INBOX_BROWSER_WORKER.password)).toBe('/login');
    await inbox.getByRole('heading', { name: 'Postvak', level: 1 }).waitFor();
    await inbox.getByText('Niemand wacht.', { exact: false }).waitFor();
    await inbox.locator('#inbox-channels').getByText('Kanalen uit: telegram: TELEGRAM_BOT_TOKEN is not set').waitFor();
    await inbox.getByRole('status').filter({ hasText: 'Live bijwerken aan' }).waitFor({ timeout: 15_000 });
    await inbox.evaluate(() => Object.assign(globalThis, { sameDocument: true }));

    // The migrant chooses Romanian and asks for a person, in Romanian.
    await migrant.page.goto(`${base}/chat/testdorp`);
    await chat.sendBox().waitFor({ state: 'visible', timeout: 15_000 });
    await chat.send('hello');
    await chat.action('Română').last().waitFor({ timeout: 15_000 });
    await chat.action('Română').last().click();
    await chat.transcript().getByText(FIXED_TEXTS.ro.welcome.languageChanged.replace('{language}', 'Română')).first().waitFor({ timeout: 15_000 });
    await chat.send('Vreau să vorbesc cu o persoană');
    await chat.transcript().getByText(FIXED_TEXTS.ro.handoff.waiting.replace('{organization}', 'Gemeente Testdorp')).first().waitFor({ timeout: 15_000 });

    // It appears in the inbox without a reload (the page's own refresh runs once a minute; this is the event stream).
    // Its last message in the worker's language (the original on hover).
    const item = inbox.locator('#conversation-list button').filter({ hasText: '[ro→nl] Vreau să vorbesc cu o persoană' });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.locator('.inbox-item-question').getAttribute('title')).toMatch(/^Vreau să vorbesc cu o persoană/);
    expect(await item.textContent()).toMatch(/Roemeens.*Webchat.*wacht/);
    expect(await inbox.evaluate(() => (globalThis as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // Open, read the translation, claim.
    await item.click();
    await inbox.getByRole('heading', { name: 'Gesprek in het Roemeens via Webchat' }).waitFor();
    await inbox.locator('#transcript').getByText('[ro→nl] Vreau să vorbesc cu o persoană').waitFor();
    await inbox.getByRole('button', { name: 'Oppakken' }).click();
    const message = inbox.getByLabel('Uw bericht (in het Nederlands)');
    await expect.poll(() => message.isEnabled(), { timeout: 10_000 }).toBe(true);

    // The migrant is told, in Romanian, that Anna (first name only) now reads along; it comes from her, with her own avatar.
    await chat.bubble(JOINED_RO).first().waitFor({ timeout: 15_000 });
    const fromAnna = (text: string) =>
      chat.transcript().locator('.webchat__stacked-layout').filter({ has: migrant.page.locator('.webchat__bubble__content').getByText(text, { exact: true }) });
    const joinedRow = fromAnna(JOINED_RO).last();
    expect(await joinedRow.locator('.webchat__stacked-layout__main > .webchat__stacked-layout__avatar-gutter').textContent()).toBe('A');
    const signature = (row: ReturnType<typeof fromAnna>) => row.locator('.webchat__bubble__content strong').first().textContent();
    expect(await signature(joinedRow)).toBe('Anna');
    // The bot's messages keep the bot's avatar and are not signed.
    const botRow = fromAnna(FIXED_TEXTS.ro.handoff.waiting.replace('{organization}', 'Gemeente Testdorp')).last();
    expect(await botRow.locator('.webchat__stacked-layout__main .webchat__defaultAvatar').count()).toBe(1);
    expect(await botRow.locator('.webchat__bubble__content').textContent()).not.toMatch(/Anna/);

    // Write Dutch; the preview shows what the person will receive before sending.
    await message.fill('Hallo, ik help u graag');
    await inbox.locator('#preview-text').getByText('[nl→ro] Hallo, ik help u graag').waitFor();
    expect(await inbox.locator('#preview-label').textContent()).toBe('De persoon ontvangt (Roemeens):');
    await inbox.getByRole('button', { name: 'Versturen' }).click();
    await chat.transcript().getByText('[nl→ro] Hallo, ik help u graag').first().waitFor({ timeout: 15_000 });
    // Anna's reply is shown as hers: signed with her first name, never her full name.
    expect(await signature(fromAnna('[nl→ro] Hallo, ik help u graag').last())).toBe('Anna');
    expect(await chat.transcript().getByText('de Vries', { exact: false }).count()).toBe(0);
    await shot(migrant.page, 'handoff-migrant-worker-reply.png');
    await inbox.locator('#transcript').getByText('Hallo, ik help u graag', { exact: true }).waitFor();
    await shot(inbox, 'handoff-worker-inbox.png');

    // Hand back: the migrant is told, and the bot answers the next question in Romanian.
    await inbox.getByRole('button', { name: 'Terug naar de bot' }).click();
    await chat.transcript().getByText(FIXED_TEXTS.ro.handoff.backToBot).first().waitFor({ timeout: 15_000 });
    await item.waitFor({ state: 'detached', timeout: 15_000 });
    await chat.send('Cum obțin numărul BSN?');
    await chat.transcript().getByText(BSN_TITLE_RO).first().waitFor({ timeout: 15_000 });
    await shot(migrant.page, 'handoff-migrant-chat.png');

    const conversation = await db.conversation.findFirstOrThrow();
    expect(conversation).toMatchObject({ state: 'bot', language: 'ro', assignedWorkerId: null });
    const reply = await db.message.findFirstOrThrow({ where: { author: 'worker' } });
    expect(reply).toMatchObject({ text: 'Hallo, ik help u graag', language: 'nl', translatedText: '[nl→ro] Hallo, ik help u graag', translatedLanguage: 'ro' });
  }, 120_000);

  it('without translation the worker is warned and may send untranslated; notes stay internal; closing takes an outcome', async () => {
    const { deepl, migrant, worker } = world;
    const chat = webChat(migrant.page);
    const inbox = worker.page;
    await chat.send('Vreau să vorbesc cu o persoană');
    // Matched by the original: once DeepL is over quota below, the list shows it untranslated.
    const item = inbox.locator('#conversation-list button').filter({ hasText: 'Vreau să vorbesc cu o persoană' });
    await item.waitFor({ timeout: 15_000 });
    await item.click();
    await inbox.getByRole('button', { name: 'Oppakken' }).click();
    const message = inbox.getByLabel('Uw bericht (in het Nederlands)');
    await expect.poll(() => message.isEnabled(), { timeout: 10_000 }).toBe(true);

    const replies: string[] = [];
    inbox.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/reply')) replies.push(request.postData() ?? '');
    });
    deepl.mode = { kind: 'quota_exceeded' };
    await message.fill('Ik bel u morgen');
    const warning = inbox.locator('#preview-warning');
    await warning.waitFor({ state: 'visible' });
    expect(await warning.textContent()).toMatch(/Niet vertaald: translation service over quota/);
    expect(await warning.textContent()).toContain('De persoon krijgt dan ook een melding in de eigen taal dat dit bericht niet vertaald is.');
    // Send without choosing "untranslated": nothing goes out, and the worker is told to confirm first.
    await inbox.getByRole('button', { name: 'Versturen' }).click();
    await inbox.getByText('Niet verstuurd: er is geen vertaling.', { exact: false }).waitFor();
    const confirm = inbox.getByLabel('Onvertaald versturen (precies zoals geschreven)');
    await expect.poll(() => confirm.evaluate((box) => box === (box.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
    await confirm.check();
    await inbox.getByRole('button', { name: 'Versturen' }).click();
    await chat.transcript().getByText('Ik bel u morgen', { exact: true }).first().waitFor({ timeout: 15_000 });
    // With it, in the same message, the note in Romanian that it is not translated.
    await chat.transcript().getByText(FIXED_TEXTS.ro.worker.untranslatedNote, { exact: true }).first().waitFor();
    await shot(migrant.page, 'handoff-migrant-untranslated.png');
    expect(replies.map((body) => JSON.parse(body))).toEqual([{ text: 'Ik bel u morgen', untranslated: true }]);

    await inbox.getByLabel('Interne notitie (wordt nooit naar de persoon gestuurd)').fill('Belt morgen terug over het contract');
    await inbox.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await inbox.locator('#transcript .inbox-entry-note').getByText('Belt morgen terug over het contract').waitFor();
    expect(await inbox.locator('#transcript .inbox-entry-note').first().textContent()).toContain('Interne notitie van Anna de Vries (niet verstuurd)');
    await shot(inbox, 'handoff-worker-untranslated.png');

    // Closing: the outcome, and for the municipality's reports the agency (its list), employment and housing.
    await inbox.getByLabel('Uitkomst').selectOption('referred');
    await inbox.getByLabel('Doorverwezen naar').selectOption('FairWork');
    await inbox.getByLabel('Werk', { exact: true }).selectOption({ label: 'Via een uitzendbureau' });
    await inbox.getByLabel('Huisvesting').selectOption({ label: 'Via de werkgever' });
    await shot(inbox, 'handoff-worker-close.png');
    await inbox.getByRole('button', { name: 'Afsluiten' }).click();
    await item.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await db.conversation.findFirstOrThrow({ where: { state: 'closed' } })).toMatchObject({ outcome: 'referred' });
    expect(await db.handoffRecord.findMany()).toEqual([expect.objectContaining({
      outcome: 'referred', agency: 'FairWork', employmentType: 'agency', housingType: 'employer', language: 'ro', channel: 'webchat',
    })]);
    expect(await chat.transcript().getByText('Belt morgen terug', { exact: false }).count()).toBe(0);

    // The pages talked to our server only, and nothing broke the CSP (the sign-in page's first /me is a 401 by design).
    expect([...migrant.foreignRequests, ...worker.foreignRequests]).toEqual([]);
    expect(worker.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    expect(deepl.unexpected).toEqual([]);
  }, 120_000);
});
