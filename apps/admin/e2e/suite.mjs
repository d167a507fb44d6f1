import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { launchChromium } from './browser.mjs';
import { startPlatform } from './platform.mjs';

/**
 * Starts the platform and Chromium once for the test file that calls it, at top level, and stops
 * both after its last test. Returns a function each test calls for the two.
 */
export function usePlatformAndBrowser() {
  /** @type {import('./platform.mjs').Platform | undefined} */
  let platform;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;

  before(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  return () => {
    assert.ok(browser && platform, 'the before hook did not start the browser and platform');
    return { browser, platform };
  };
}
