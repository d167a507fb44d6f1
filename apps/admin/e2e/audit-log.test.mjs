// The audit log in a real headless Chromium: an owner adds people, an API token adds one, and the owner
// moves a person up the ladder with a reason; the log says each change in words (the token by its
// name), filters by action, actor, person and date, and links to the person's record.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { accessToken, createPerson, graphqlClient } from './api.mjs';
import { field, lettersFor, newRunId, openPage, signUp, waitUntil } from './browser.mjs';
import { ARTIFACTS_DIR } from './platform.mjs';
import { usePlatformAndBrowser } from './suite.mjs';

const started = usePlatformAndBrowser();

void test('read the audit log in words, filter it and open a record', { timeout: 180_000 }, async () => {
  const { browser, platform } = started();
  const { context, page, pageErrors } = await openPage(browser, platform.baseUrl);
  const runId = newRunId();
  const zoe = `Zoë Martin-${lettersFor(runId)}`;
  const signup = `Sam Signup-${lettersFor(runId)}`;

  try {
    await signUp(page, `E2E Audit Coalition ${runId}`, runId, { name: 'Dana Owner', emailPrefix: 'dana' });
    const api = graphqlClient(platform.baseUrl, await accessToken(page));
    const zoeId = await createPerson(api, { firstName: 'Zoë', lastName: zoe.slice('Zoë '.length) });
    const { createApiToken } = /** @type {{ createApiToken: { token: string } }} */ (
      await api(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
        input: { name: 'Website signups', scopes: ['READ', 'WRITE'] },
      })
    );
    await createPerson(graphqlClient(platform.baseUrl, createApiToken.token), {
      firstName: 'Sam',
      lastName: signup.slice('Sam '.length),
    });
    const { ladderLevels } = /** @type {{ ladderLevels: Array<{ id: string, name: string }> }} */ (
      await api(`{ ladderLevels { id name } }`)
    );
    const leader = ladderLevels.find((level) => level.name === 'Leader');
    assert.ok(leader, 'the default ladder has a Leader level');
    await api(
      `mutation ($input: MovePersonLevelInput!) { movePersonLevel(input: $input) { level { id } } }`,
      {
        input: { personId: zoeId, levelId: leader.id, reason: 'hosted two house meetings' },
      },
    );

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    const log = page.getByRole('table', { name: 'Audit log' });
    const moved = `Dana Owner moved ${zoe} to Leader: hosted two house meetings`;
    await log.getByText(moved).waitFor();
    await log.getByText(`API token “Website signups” added ${signup}`).waitFor();
    await log.getByText(`Dana Owner added ${zoe}`).waitFor();
    await log.getByText('Dana Owner created the API token “Website signups” (read and write)').waitFor();

    // By action: ladder moves only.
    await page.getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Ladder moves' }).click();
    await waitUntil(async () => (await log.locator('tbody tr').count()) === 1, 'only the ladder move');
    await log.getByText(moved).waitFor();

    // By actor: what the token did.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('combobox', { name: 'Done by' }).click();
    await page.getByRole('option', { name: 'API token “Website signups”' }).click();
    await waitUntil(async () => (await log.locator('tbody tr').count()) === 1, 'only what the token did');
    await log.getByText(`API token “Website signups” added ${signup}`).waitFor();

    // By person: everything about Zoë, newest first.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('combobox', { name: 'About person' }).fill(zoe.split(' ')[1] ?? zoe);
    await page.getByRole('option', { name: zoe }).click();
    await waitUntil(async () => (await log.locator('tbody tr').count()) === 2, 'the two changes about Zoë');
    assert.equal(await log.locator('tbody tr').first().locator('td').nth(1).innerText(), moved);

    // By date: nothing happened tomorrow.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await field(page, 'From').fill(tomorrow);
    await waitUntil(async () => (await log.locator('tbody tr').count()) === 0, 'no changes from tomorrow on');
    await field(page, 'From').fill('');
    await waitUntil(async () => (await log.locator('tbody tr').count()) === 2, 'the changes about Zoë again');

    // The record: the move links to Zoë's profile.
    await log.getByRole('link', { name: `Open: ${moved}` }).click();
    await page.getByRole('heading', { name: zoe, level: 1 }).waitFor();

    await page.screenshot({ path: join(ARTIFACTS_DIR, 'audit-log.png'), fullPage: true });
    assert.deepEqual(pageErrors, [], 'the page threw uncaught errors');
  } catch (error) {
    await page
      .screenshot({ path: join(ARTIFACTS_DIR, 'audit-log-failure.png'), fullPage: true })
      .catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
