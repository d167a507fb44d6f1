// The admin client in a real headless Chromium against a running Groundwork:
// sign up a new coalition, add two people (one first with an invalid email, to see the inline field
// error), find each with the search box, and wait for the overview to count both.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { ARTIFACTS_DIR, startPlatform } from './platform.mjs';

/** Events reach the evaluation projection asynchronously; this is how long the overview may lag. */
const OVERVIEW_TIMEOUT_MS = 20_000;
const UI_TIMEOUT_MS = 15_000;

/** @type {import('./platform.mjs').Platform | undefined} */
let platform;
/** @type {import('playwright-core').Browser | undefined} */
let browser;

before(async () => {
  platform = await startPlatform();
  // Playwright gives every launch a fresh temporary user-data-dir and removes it on close.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  await platform?.stop();
});

void test(
  'sign up, add two people, find them, and see the overview count them',
  { timeout: 180_000 },
  async () => {
    assert.ok(browser && platform, 'the before hook did not start the browser and platform');
    const context = await browser.newContext({
      baseURL: platform.baseUrl,
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(UI_TIMEOUT_MS);
    const page = await context.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await mkdir(ARTIFACTS_DIR, { recursive: true });

    const runId = `${Date.now()}${Math.floor(Math.random() * 1e4)}`;
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
 * @param {string} coalitionName
 * @param {string} runId
 */
async function signUp(page, coalitionName, runId) {
  await page.goto('/signup');
  await field(page, 'Coalition name').fill(coalitionName);
  await field(page, 'Your name').fill('Rosa Parks-Admin');
  await field(page, 'Email').fill(`admin.${runId}@example.org`);
  await field(page, 'Password').fill(`Str0ng-pass-${runId}`);
  await page.getByRole('button', { name: 'Create coalition' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  await page.getByRole('banner').getByText(coalitionName).waitFor();
}

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

/**
 * `runId`'s digits as letters (0 → a … 9 → j), Capitalized.
 * @param {string} runId
 */
function lettersFor(runId) {
  const letters = [...runId].map((digit) => String.fromCharCode(97 + Number(digit))).join('');
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

/**
 * The input labelled exactly `label`; required fields add an asterisk to the label's text.
 * @param {Page | import('playwright-core').Locator} scope
 * @param {string} label
 */
function field(scope, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/**
 * @param {() => Promise<boolean>} condition
 * @param {string} description
 */
async function waitUntil(condition, description, timeoutMs = UI_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await delay(100);
  }
  assert.fail(`Timed out after ${timeoutMs / 1000} s waiting for ${description}`);
}
