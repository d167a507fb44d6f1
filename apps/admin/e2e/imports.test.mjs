// The import wizard in a real headless Chromium against a running Groundwork: sign up, see a refused
// file explained, upload a 30-row CSV (one row with a bad email), check the suggested mapping and the
// preview (the bad row flagged), start with "skip bad rows" and a tag, watch the progress reach 100%,
// download the rejected row, and find the imported people in the People list.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { lettersFor, newRunId, openPage, signUp, waitUntil } from './browser.mjs';
import { ARTIFACTS_DIR } from './platform.mjs';
import { usePlatformAndBrowser } from './suite.mjs';

/** The import runs in the background; this is how long it may take to finish 30 rows. */
const IMPORT_TIMEOUT_MS = 60_000;
const FIRST_NAMES = [
  'Ella',
  'Bayard',
  'Fannie',
  'Dolores',
  'Cesar',
  'Grace',
  'Ruby',
  'Septima',
  'Jo Ann',
  'Diane',
];

const started = usePlatformAndBrowser();

void test(
  'import a CSV through the wizard, see progress reach 100% and the people appear',
  { timeout: 240_000 },
  async () => {
    const { browser, platform } = started();
    const { context, page, pageErrors } = await openPage(browser, platform.baseUrl, {
      acceptDownloads: true,
    });

    const runId = newRunId();
    const lastName = `Importer-${lettersFor(runId)}`;
    const badEmail = `not-an-email-${runId}`;
    const rows = Array.from({ length: 30 }, (_, index) => {
      const email = index === 2 ? badEmail : `member${index}.${runId}@example.org`;
      return `${FIRST_NAMES[index % FIRST_NAMES.length]},${lastName},${email},9411${index % 10}`;
    });
    const csv = ['first_name,last_name,email,zip_code', ...rows].join('\n');

    try {
      await signUp(page, `E2E Import Coalition ${runId}`, runId, {
        name: 'Ella Baker-Admin',
        emailPrefix: 'admin',
      });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
      await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor();
      await page.getByText('No imports yet.').waitFor();
      await page.getByRole('link', { name: 'New import' }).click();
      await page.getByRole('heading', { name: 'New import', level: 1 }).waitFor();

      // A file with a header and no rows is refused, and the page says why.
      const fileInput = page.getByLabel('CSV file', { exact: true });
      await fileInput.setInputFiles({
        name: 'empty.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('first_name,last_name,email\n'),
      });
      const refusal = page.getByRole('alert').filter({ hasText: 'empty.csv was not accepted' });
      await refusal.waitFor();
      assert.match(await refusal.innerText(), /HEADER_ONLY/);
      assert.match(await refusal.innerText(), /header row but no people/);

      await fileInput.setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('heading', { name: 'Import of members.csv', level: 1 }).waitFor();

      // Step 2: the mapping suggested from the headers, with sample values from the file.
      const mappingTable = page.getByRole('table', { name: 'Column mapping' });
      await mappingTable.waitFor();
      const suggested = {
        first_name: 'firstName',
        last_name: 'lastName',
        email: 'email',
        zip_code: 'postalCode',
      };
      for (const [column, field] of Object.entries(suggested)) {
        assert.equal(
          await page.getByLabel(`Field for column ${column}`).inputValue(),
          field,
          `${column} should map to ${field}`,
        );
      }
      await mappingTable.getByText(`member0.${runId}@example.org`).first().waitFor();
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'import-mapping.png'), fullPage: true });
      await page.getByRole('button', { name: 'Next: preview' }).click();

      // Step 3: the first rows as stored, the bad one flagged, then the options.
      const preview = page.getByRole('table', { name: 'Import preview' });
      await preview.waitFor();
      const flagged = preview.locator('tbody tr[data-invalid]');
      await waitUntil(
        async () => (await flagged.count()) === 1,
        'the preview to flag exactly the row with the bad email',
      );
      assert.match(await flagged.innerText(), /valid email/i);
      await page.getByText('1 of the first 10 rows have problems').waitFor();
      assert.ok(
        await page.getByRole('radio', { name: 'Email' }).isChecked(),
        'rows are matched on email by default',
      );
      await page.getByRole('radio', { name: 'Fill empty fields' }).check();
      const tags = page.getByRole('combobox', { name: 'Tags to add' });
      await tags.fill('spring-canvass');
      await tags.press('Enter');
      await page.getByRole('checkbox', { name: 'Skip bad rows' }).check();
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'import-preview.png'), fullPage: true });
      await page.getByRole('button', { name: 'Import 30 rows' }).click();

      // Steps 4 and 5: progress to 100%, then the counts.
      const progress = page.getByRole('progressbar', { name: 'Import progress' });
      await waitUntil(
        async () => (await progress.count()) > 0 && (await progress.getAttribute('aria-valuenow')) === '100',
        'the progress bar to reach 100%',
        IMPORT_TIMEOUT_MS,
      );
      await page.getByTestId('import-percent').filter({ hasText: '100%' }).waitFor();
      await page.getByTestId('import-phase').filter({ hasText: 'Done' }).waitFor();
      await page.getByTestId('import-rows').filter({ hasText: '30 of 30 rows' }).waitFor();
      assert.equal(await countShown(page, 'Created'), '29');
      assert.equal(await countShown(page, 'Rejected'), '1');
      await page.getByRole('button', { name: 'Undo import' }).waitFor();
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'import-result.png'), fullPage: true });

      const downloadStarted = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download rejected rows' }).click();
      const download = await downloadStarted;
      const reportPath = await download.path();
      const report = (await readFile(reportPath, 'utf8')).trim().split(/\r?\n/);
      assert.equal(report[0], 'line,reason_code,reason,first_name,last_name,email,zip_code');
      assert.equal(report.length, 2, 'the report lists the one rejected row');
      assert.ok(report[1]?.includes(badEmail), 'the rejected row is the one with the bad email');

      // The people are in the People list, tagged.
      await page.getByRole('link', { name: 'View people' }).click();
      await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
      await page.getByLabel(/^Search people$/).fill(lastName);
      await page.getByText('of 29 people').waitFor();
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'import-people.png'), fullPage: true });
      const peopleRows = page.getByRole('table', { name: 'People' }).locator('tbody tr');
      await page.getByLabel(/^Search people$/).fill(`member0.${runId}@example.org`);
      await page.getByText('of 1 people').waitFor();
      const [ella = ''] = await peopleRows.allInnerTexts();
      assert.ok(ella.includes(`Ella ${lastName}`), 'the first row of the file is listed by its name');
      // Badges are upper-cased by CSS, which innerText follows.
      assert.match(ella, /spring-canvass/i, 'with the tag the import added');
      await page.getByLabel(/^Search people$/).fill(badEmail);
      await page.getByText(`No one matches “${badEmail}”.`).waitFor();

      // The list of imports shows this one as completed.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
      const importRow = page
        .getByRole('table', { name: 'Imports' })
        .locator('tbody tr')
        .filter({ hasText: 'members.csv' });
      await importRow.getByText('Completed').waitFor();
      assert.deepEqual(pageErrors, [], 'the page threw uncaught errors');
    } catch (error) {
      await page
        .screenshot({ path: join(ARTIFACTS_DIR, 'import-failure.png'), fullPage: true })
        .catch(() => {});
      throw error;
    } finally {
      await context.close();
    }
  },
);

void test(
  'a file with bad rows and repeated people: every row checked first, repeats merged, good rows imported, retried with other options',
  { timeout: 240_000 },
  async () => {
    const { browser, platform } = started();
    const { context, page, pageErrors } = await openPage(browser, platform.baseUrl);
    const runId = newRunId();
    const lastName = `Forgiven-${lettersFor(runId)}`;
    /** @param {string} name */
    const email = (name) => `${name}.${runId}@example.org`;
    // 13 rows: Ella three times (same email, written differently), Bayard twice, two bad emails,
    // one row without a first name, and five good people.
    const rows = [
      `Ella,${lastName},${email('ella')},,housing`,
      `Bad,${lastName},not-an-email,,`,
      `Ella,${lastName},${email('ELLA')},(415) 555-2671,leader`,
      `Bayard,${lastName},${email('bayard')},,`,
      `,${lastName},${email('nameless')},,`,
      `Bayard,,${email('bayard')},,march`,
      `Also,${lastName},still-not-an-email,,`,
      ...['Fannie', 'Grace', 'Ruby', 'Septima', 'Diane'].map(
        (name) => `${name},${lastName},${email(name.toLowerCase())},,`,
      ),
      `Ella,,${email('ella')},,`,
    ];
    const csv = ['first_name,last_name,email,phone,tags', ...rows].join('\n');

    try {
      await signUp(page, `E2E Forgiving Import ${runId}`, runId, {
        name: 'Fannie Lou-Admin',
        emailPrefix: 'admin',
      });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
      await page.getByRole('link', { name: 'New import' }).click();
      await page
        .getByLabel('CSV file', { exact: true })
        .setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('heading', { name: 'Import of crm-export.csv', level: 1 }).waitFor();
      await page.getByRole('table', { name: 'Column mapping' }).waitFor();
      await page.getByRole('button', { name: 'Next: preview' }).click();

      // Every row is checked before the start: counts by reason, the first line of each.
      await page.getByRole('heading', { name: 'All rows checked' }).waitFor({ timeout: 30_000 });
      assert.equal((await page.getByTestId('check-people').innerText()).trim(), '7 people to import.');
      assert.match(
        await page.getByTestId('check-merged').innerText(),
        /^3 rows repeat a person of an earlier row/,
      );
      assert.equal(
        (await page.getByTestId('check-rejected').innerText()).trim(),
        '3 rows cannot be imported.',
      );
      const reasons = page.getByRole('table', { name: 'Rows that cannot be imported' }).locator('tbody tr');
      const reasonRows = (await reasons.allInnerTexts()).map((text) =>
        text.split('\t').map((cell) => cell.trim()),
      );
      assert.deepEqual(
        reasonRows.map(([reason, count, line]) => [reason, count, line]),
        [
          ['Email not valid', '2', '3'],
          ['No first or last name', '1', '6'],
        ],
      );
      assert.ok(
        await page.getByRole('checkbox', { name: 'Skip bad rows' }).isChecked(),
        'good rows are imported by default',
      );
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'import-check.png'), fullPage: true });
      await page.getByRole('button', { name: 'Import 13 rows' }).click();

      // The toast stays while the import runs and closes once it has ended.
      const toast = page.getByRole('alert').filter({ hasText: 'Importing 13 rows' });
      await waitUntil(
        async () => (await toast.count()) > 0 || (await page.getByText('Import finished').count()) > 0,
        'the import toast',
      );
      await page
        .getByTestId('import-phase')
        .filter({ hasText: 'Done' })
        .waitFor({ timeout: IMPORT_TIMEOUT_MS });
      await waitUntil(
        async () => (await toast.count()) === 0,
        'the “Importing” toast to go once the import ended',
      );
      assert.equal(await countShown(page, 'Created'), '7');
      assert.equal(await countShown(page, 'Merged'), '3');
      assert.equal(await countShown(page, 'Rejected'), '3');
      await page.getByText('Some rows were not imported').waitFor();
      await page.getByText('Line 3: 2 rows like this: Email:', { exact: false }).waitFor();

      // Retry with other options, without uploading or mapping again.
      await page.getByRole('button', { name: 'Try again with other options' }).click();
      await page.getByRole('table', { name: 'Column mapping' }).waitFor();
      assert.equal(await page.getByLabel('Field for column phone').inputValue(), 'phone');
      await page.getByRole('button', { name: 'Next: preview' }).click();
      await page.getByRole('radio', { name: 'Fill empty fields' }).check();
      await page.getByRole('heading', { name: 'All rows checked' }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Import 13 rows' }).click();
      await page
        .getByTestId('import-phase')
        .filter({ hasText: 'Done' })
        .waitFor({ timeout: IMPORT_TIMEOUT_MS });
      assert.equal(await countShown(page, 'Created'), '0');
      assert.equal(await countShown(page, 'Rejected'), '3');

      // One Ella, with the phone and the tags of all her rows.
      await page.getByRole('link', { name: 'View people' }).click();
      await page.getByLabel(/^Search people$/).fill(lastName);
      await page.getByText('of 7 people').waitFor();
      await page.getByLabel(/^Search people$/).fill(email('ella'));
      await page.getByText('of 1 people').waitFor();
      const [ella = ''] = await page
        .getByRole('table', { name: 'People' })
        .locator('tbody tr')
        .allInnerTexts();
      assert.match(ella, /housing/i);
      assert.match(ella, /leader/i);
      assert.deepEqual(pageErrors, [], 'the page threw uncaught errors');
    } catch (error) {
      await page
        .screenshot({ path: join(ARTIFACTS_DIR, 'import-forgiving-failure.png'), fullPage: true })
        .catch(() => {});
      throw error;
    } finally {
      await context.close();
    }
  },
);

/**
 * @typedef {import('playwright-core').Page} Page
 */

/**
 * @param {Page} page
 * @param {string} label
 */
async function countShown(page, label) {
  return (
    await page.getByRole('group', { name: label, exact: true }).getByTestId('count-value').innerText()
  ).trim();
}
