// The duplicates review in a real headless Chromium against a running Groundwork: sign up, create two
// records of one person through the GraphQL API, open Duplicates, find them, keep one, merge, and see
// one person remain (in the People list and through the API).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { accessToken, createPerson, graphqlClient } from './api.mjs';
import { lettersFor, newRunId, openPage, signUp, waitUntil } from './browser.mjs';
import { ARTIFACTS_DIR } from './platform.mjs';
import { usePlatformAndBrowser } from './suite.mjs';

const started = usePlatformAndBrowser();

void test('merge two duplicate records from the duplicates review', { timeout: 180_000 }, async () => {
  const { browser, platform } = started();
  const { context, page, pageErrors } = await openPage(browser, platform.baseUrl);

  const runId = newRunId();
  const lastName = `Okafor-${lettersFor(runId)}`;
  const phone = `+1415555${runId.slice(-4)}`;

  try {
    await signUp(page, `E2E Dedupe Coalition ${runId}`, runId);
    const api = graphqlClient(platform.baseUrl, await accessToken(page));
    const olderId = await createPerson(api, {
      firstName: 'Amara',
      lastName,
      phone,
      postalCode: '94110',
      email: `amara.${runId}@example.org`,
    });
    const newerId = await createPerson(api, {
      firstName: 'Amarah',
      lastName,
      phone,
      postalCode: '94110',
      tags: ['from-petition'],
    });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
    await page.getByRole('heading', { name: 'Duplicates', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Find duplicates' }).click();

    const pair = page.getByRole('article', {
      name: new RegExp(`Possible duplicate: .*${lastName}.*${lastName}`),
    });
    await pair.waitFor();
    await pair.getByText('Same phone').waitFor();
    await pair.getByText('Similar name, same postal code').waitFor();
    await pair.getByRole('radio', { name: `Keep Amara ${lastName}` }).check();
    await pair.getByRole('button', { name: `Merge into Amara ${lastName}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Merge these records?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByText('No possible duplicates to review.').waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'duplicates-merged.png'), fullPage: true });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByLabel(/^Search people$/).fill(lastName);
    const rows = page.getByRole('table', { name: 'People' }).locator('tbody tr');
    await waitUntil(
      async () => (await rows.allInnerTexts()).filter((text) => text.includes(lastName)).length === 1,
      'one person to remain in the People list',
    );
    const remaining = await rows.allInnerTexts();
    assert.ok(
      remaining.some((text) => text.includes(`amara.${runId}@example.org`)),
      'the kept record (with its email) remains',
    );

    const check = /** @type {{ resolvePersonIds: unknown, person: { tags: string[] } }} */ (
      await api(
        `query ($ids: [ID!]!, $kept: ID!) { resolvePersonIds(ids: $ids) { personId fate currentPersonId } person(id: $kept) { id tags } }`,
        { ids: [newerId], kept: olderId },
      )
    );
    assert.deepEqual(check.resolvePersonIds, [
      { personId: newerId, fate: 'MERGED', currentPersonId: olderId },
    ]);
    assert.deepEqual(check.person.tags, ['from-petition'], 'the kept person took the merged record’s tags');
    assert.deepEqual(pageErrors, [], 'the page threw uncaught errors');
  } catch (error) {
    await page
      .screenshot({ path: join(ARTIFACTS_DIR, 'duplicates-failure.png'), fullPage: true })
      .catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
