// The admin client in a real headless Chromium against a running Groundwork:
// sign up a new coalition, add two people (one first with an invalid email, to see the inline field
// error), find each with the search box, and wait for the overview to count both.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { test } from 'node:test';
import { field, lettersFor, newRunId, openPage, signUp, waitUntil } from './browser.mjs';
import { ARTIFACTS_DIR } from './platform.mjs';
import { usePlatformAndBrowser } from './suite.mjs';

/** Events reach the evaluation projection asynchronously; this is how long the overview may lag. */
const OVERVIEW_TIMEOUT_MS = 20_000;

const started = usePlatformAndBrowser();

void test(
  'sign up, add two people, find them, and see the overview count them',
  { timeout: 180_000 },
  async () => {
    const { browser, platform } = started();
    const { context, page, pageErrors } = await openPage(browser, platform.baseUrl, { height: 900 });

    const runId = newRunId();
    const coalitionName = `E2E Tenants Union ${runId}`;
    // Names accept letters only, so the run's unique suffix is spelled in letters.
    const nameSuffix = lettersFor(runId);
    const amara = {
      firstName: 'Amara',
      lastName: `Okafor-${nameSuffix}`,
      email: `amara.${runId}@example.org`,
    };
    const bao = { firstName: 'Bao', lastName: `Nguyen-${nameSuffix}`, email: `bao.${runId}@example.org` };

    try {
      await signUp(page, coalitionName, runId);
      await page.getByRole('banner').getByText(coalitionName).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
      await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();

      await addPersonWithInvalidEmailThenFixIt(page, amara);
      await addPerson(page, bao);

      await searchAndFind(page, amara, bao);
      await searchAndFind(page, bao, amara);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
      await waitForTotalPeople(page, 2);
      await page.getByRole('heading', { name: 'Membership trend' }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'overview.png'), fullPage: true });
      assert.deepEqual(pageErrors, [], 'the page threw uncaught errors');
    } catch (error) {
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'failure.png'), fullPage: true }).catch(() => {});
      throw error;
    } finally {
      await context.close();
    }
  },
);

/**
 * @typedef {{ firstName: string, lastName: string, email: string }} PersonDetails
 * @typedef {import('playwright-core').Page} Page
 */

/**
 * @param {Page} page
 * @param {PersonDetails} person
 */
async function addPersonWithInvalidEmailThenFixIt(page, person) {
  const dialog = await openAddPersonDialog(page);
  await field(dialog, 'First name').fill(person.firstName);
  await field(dialog, 'Last name').fill(person.lastName);
  const email = field(dialog, 'Email');
  await email.fill('not-an-email');
  await dialog.getByRole('button', { name: 'Save person' }).click();

  await waitUntil(
    async () => (await email.getAttribute('aria-invalid')) === 'true',
    'the email field to be marked invalid',
  );
  const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  assert.ok(errorId, 'the invalid email field should point at its inline error message');
  const errorText = await dialog.locator(`[id="${errorId}"]`).innerText();
  assert.match(errorText, /\S/, 'the inline email error should say what is wrong');

  await email.fill(person.email);
  await dialog.getByRole('button', { name: 'Save person' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * @param {Page} page
 * @param {PersonDetails} person
 */
async function addPerson(page, person) {
  const dialog = await openAddPersonDialog(page);
  await field(dialog, 'First name').fill(person.firstName);
  await field(dialog, 'Last name').fill(person.lastName);
  await field(dialog, 'Email').fill(person.email);
  await dialog.getByRole('button', { name: 'Save person' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** @param {Page} page */
async function openAddPersonDialog(page) {
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add person' });
  await dialog.waitFor();
  return dialog;
}

/**
 * Searches by last name and waits until the table lists `wanted` and not `other`.
 * @param {Page} page
 * @param {PersonDetails} wanted
 * @param {PersonDetails} other
 */
async function searchAndFind(page, wanted, other) {
  await field(page, 'Search people').fill(wanted.lastName);
  const rows = page.getByRole('table', { name: 'People' }).locator('tbody tr');
  await waitUntil(async () => {
    const texts = await rows.allInnerTexts();
    return (
      texts.some((text) => text.includes(wanted.email)) && !texts.some((text) => text.includes(other.email))
    );
  }, `the search for "${wanted.lastName}" to list ${wanted.email} only`);
}

/**
 * @param {Page} page
 * @param {number} expected
 */
async function waitForTotalPeople(page, expected) {
  const deadline = Date.now() + OVERVIEW_TIMEOUT_MS;
  let shown = '';
  while (Date.now() < deadline) {
    const value = page.getByRole('region', { name: 'Total people' }).getByTestId('stat-value');
    await value.waitFor();
    shown = (await value.innerText()).trim();
    if (shown === String(expected)) return;
    await delay(1_000);
    await page.reload();
  }
  assert.fail(
    `The overview showed ${shown || 'nothing'} people after ${OVERVIEW_TIMEOUT_MS / 1000} s; expected ${expected}`,
  );
}
