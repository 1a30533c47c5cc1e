import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { INBOX_BROWSER_WORKER, signInToInbox, useInboxBrowserWorld } from '../support/inbox-browser-world.ts';

/**
 * The inbox page (staff app, /app/inbox) checked with axe-core for WCAG 2.1
 * A and AA: empty, then with a waiting conversation in the list, then with
 * it claimed and open (transcript, actions, reply form, note form). No
 * serious or critical violation in any of these states; every text in the
 * person's language carries its `lang`.
 */
const world = useInboxBrowserWorld({ name: 'inbox-a11y', library: engineLibraryFile, migrantLocale: 'pl-PL' });

describe('the inbox page is accessible', () => {
  it('has no serious or critical axe violations, empty, with a conversation, and with it open and claimed', async () => {
    const { base, core, worker } = world;
    const inbox = worker.page;
    await signInToInbox(inbox, base, INBOX_BROWSER_WORKER.email, INBOX_BROWSER_WORKER.password);
    await inbox.getByRole('heading', { name: 'Postvak', level: 1 }).waitFor();
    await inbox.getByRole('status').filter({ hasText: 'Live bijwerken aan' }).waitFor({ timeout: 15_000 });
    await inbox.getByText('Niemand wacht.', { exact: false }).waitFor();
    const empty = await seriousA11yViolations(inbox);
    expect(empty, describeViolations(empty)).toEqual([]);

    await core.stack.service.receive({
      channel: 'telegram', channelUserId: '7001', externalId: randomUUID(), text: 'chcę porozmawiać z człowiekiem', receivedAt: new Date(),
    });
    const item = inbox.locator('#conversation-list button').filter({ hasText: 'chcę porozmawiać z człowiekiem' });
    await item.waitFor({ timeout: 15_000 });
    const listed = await seriousA11yViolations(inbox);
    expect(listed, describeViolations(listed)).toEqual([]);

    // Keyboard only: focus the conversation and open it with Enter; focus moves to the conversation's heading.
    await item.focus();
    await inbox.keyboard.press('Enter');
    const heading = inbox.getByRole('heading', { name: 'Gesprek in het Pools via Telegram', level: 2 });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === h.ownerDocument.activeElement)).toBe(true);
    await inbox.getByRole('button', { name: 'Oppakken' }).press('Enter');
    const message = inbox.getByLabel('Uw bericht (in het Nederlands)');
    await expect.poll(() => message.isEnabled(), { timeout: 10_000 }).toBe(true);
    // The person's words carry their language.
    expect(await inbox.locator('#transcript [lang="pl"]').first().textContent()).toContain('chcę porozmawiać z człowiekiem');
    const open = await seriousA11yViolations(inbox);
    expect(open, describeViolations(open)).toEqual([]);
    await world.shot(inbox, 'inbox-a11y-open.png');
    expect(worker.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  }, 120_000);
});
