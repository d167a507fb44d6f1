// What every browser test does the same way: launch headless Chromium, name its run, sign up a coalition,
// find inputs by their label, and wait for a condition.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { ARTIFACTS_DIR } from './platform.mjs';

/** How long a test waits for the page to show something (Playwright's default timeout and `waitUntil`'s). */
export const UI_TIMEOUT_MS = 15_000;

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').Locator} Locator
 */

/**
 * Who signs the coalition up; their email is `<emailPrefix>.<runId>@example.org`.
 * @typedef {{ name: string, emailPrefix: string }} Owner
 */

/**
 * Headless Chromium from CHROMIUM_PATH (default /usr/bin/chromium). Playwright gives every launch a fresh
 * temporary user-data-dir and removes it on close.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium() {
  return chromium.launch({
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
}

/** A digits-only id, unique enough to keep one run's coalition, emails and names apart from others'. */
export function newRunId() {
  return `${Date.now()}${Math.floor(Math.random() * 1e4)}`;
}

/**
 * `runId`'s digits as letters (0 → a … 9 → j), Capitalized: names accept letters only.
 * @param {string} runId
 */
export function lettersFor(runId) {
  const letters = [...runId].map((digit) => String.fromCharCode(97 + Number(digit))).join('');
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

/**
 * Signs up a new coalition and waits for its overview.
 * @param {Page} page
 * @param {string} coalitionName
 * @param {string} runId
 * @param {Owner} [owner]
 */
export async function signUp(
  page,
  coalitionName,
  runId,
  owner = { name: 'Rosa Parks-Admin', emailPrefix: 'admin' },
) {
  await page.goto('/signup');
  await field(page, 'Coalition name').fill(coalitionName);
  await field(page, 'Your name').fill(owner.name);
  await field(page, 'Email').fill(`${owner.emailPrefix}.${runId}@example.org`);
  await field(page, 'Password').fill(`Str0ng-pass-${runId}`);
  await page.getByRole('button', { name: 'Create coalition' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}

/**
 * The input labelled exactly `label`; required fields add an asterisk to the label's text.
 * @param {Page | Locator} scope
 * @param {string} label
 */
export function field(scope, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/**
 * Polls `condition` every 100 ms until it holds; fails the test after `timeoutMs`.
 * @param {() => Promise<boolean>} condition
 * @param {string} description what is awaited, for the failure message
 */
export async function waitUntil(condition, description, timeoutMs = UI_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await delay(100);
  }
  assert.fail(`Timed out after ${timeoutMs / 1000} s waiting for ${description}`);
}

/**
 * A fresh browser context on the platform with one page, the UI timeout, and the page's uncaught
 * errors collected (tests assert there were none); the artifacts folder exists for screenshots.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseURL
 * @param {{ height?: number, acceptDownloads?: boolean }} [options]
 */
export async function openPage(browser, baseURL, { height = 1000, acceptDownloads = false } = {}) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height }, acceptDownloads });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  const page = await context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return { context, page, pageErrors };
}
