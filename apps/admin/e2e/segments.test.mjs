// The segment builder in a real headless Chromium against a running Groundwork: sign up, create five
// people through the GraphQL API (three tagged the same), build a segment on that tag and watch the
// live count reach 3 without dropping to 0 on the way, save it (a bad name is refused inline first),
// find it in the list with its count, export it with two columns as a CSV download, change and re-save
// its filter, search for a person, and delete the segment.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { accessToken, createPerson, graphqlClient } from './api.mjs';
import { field, lettersFor, newRunId, openPage, signUp, waitUntil } from './browser.mjs';
import { ARTIFACTS_DIR } from './platform.mjs';
import { usePlatformAndBrowser } from './suite.mjs';

const started = usePlatformAndBrowser();

// Every text the live count shows, recorded in the page as it changes (polling could miss a flicker).
const RECORD_COUNT_TEXTS = `(() => {
  const seen = (window.__liveCountTexts = []);
  const record = () => {
    const shown = document.querySelector('[data-testid="live-count-value"]');
    if (shown && seen.at(-1) !== shown.textContent) seen.push(shown.textContent);
  };
  record();
  new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

void test(
  'build a segment with a live count, save it and export it as CSV',
  { timeout: 180_000 },
  async () => {
    const { browser, platform } = started();
    const { context, page, pageErrors } = await openPage(browser, platform.baseUrl, {
      acceptDownloads: true,
    });

    const runId = newRunId();
    const lastName = `Segment-${lettersFor(runId)}`;
    const segmentName = `Tenants union ${runId}`;

    try {
      await signUp(page, `E2E Segment Coalition ${runId}`, runId);
      const api = graphqlClient(platform.baseUrl, await accessToken(page));
      const people = [
        { firstName: 'Ana', tags: ['tenants-union'] },
        { firstName: 'Bilal', tags: ['tenants-union', 'door-knock'] },
        { firstName: 'Chen', tags: ['tenants-union'] },
        { firstName: 'Dolores', tags: ['door-knock'] },
        { firstName: 'Emeka', tags: [] },
      ];
      for (const person of people) {
        await createPerson(api, {
          ...person,
          lastName,
          email: `${person.firstName.toLowerCase()}.${runId}@example.org`,
        });
      }

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
      await page.getByRole('heading', { name: 'Segments', level: 1 }).waitFor();
      await page.getByText('No segments yet.', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'New segment' }).click();
      await page.getByRole('heading', { name: 'New segment', level: 1 }).waitFor();

      const liveCount = page.getByRole('status', { name: 'Live count' });
      const countIs = async (/** @type {string} */ expected) =>
        (await liveCount.getAttribute('aria-busy')) === 'false' &&
        (await liveCount.innerText()).trim() === expected;
      // An empty filter selects everyone who is not archived.
      await waitUntil(() => countIs('5 people'), 'the live count of everyone to show 5 people');

      await page.evaluate(RECORD_COUNT_TEXTS);
      const tagsInput = field(page.getByRole('region', { name: 'Tags' }), 'Tags');
      await tagsInput.fill('tenants-union');
      await tagsInput.press('Enter');
      await waitUntil(() => countIs('3 people'), 'the live count to reach 3 people');
      const countTexts = /** @type {string[]} */ (await page.evaluate('window.__liveCountTexts'));
      assert.deepEqual(
        countTexts.filter((text) => text !== '5 people' && text !== '3 people'),
        [],
        `the count only ever showed the old and the new answer (saw ${JSON.stringify(countTexts)})`,
      );
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'segment-builder.png'), fullPage: true });

      // Save: the server's refusal of a name lands on the Name field; then a good name saves.
      await page.getByRole('button', { name: 'Save segment' }).click();
      const saveDialog = page.getByRole('dialog', { name: 'Save segment' });
      await saveDialog.waitFor();
      await field(saveDialog, 'Name').fill('<b>Renters</b>');
      await saveDialog.getByRole('button', { name: 'Save' }).click();
      await saveDialog.getByText('Must not contain control characters or < >').waitFor();
      await field(saveDialog, 'Name').fill(segmentName);
      await saveDialog.getByRole('button', { name: 'Save' }).click();
      await saveDialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { name: segmentName, level: 1 }).waitFor();
      const memberRows = page.getByRole('table', { name: 'Segment members' }).locator('tbody tr');
      await waitUntil(
        async () => (await memberRows.count()) === 3,
        'the saved segment to list its 3 members',
      );

      // The list shows it with its live count.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
      const listed = page
        .getByRole('table', { name: 'Segments' })
        .getByRole('row', { name: new RegExp(segmentName) });
      await listed.waitFor();
      assert.match(await listed.innerText(), /3 people/);
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'segments-list.png'), fullPage: true });

      // Export two columns.
      await listed.getByRole('link', { name: `Open ${segmentName}` }).click();
      await page.getByRole('heading', { name: segmentName, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const exportDialog = page.getByRole('dialog', { name: `Export ${segmentName}` });
      await exportDialog.waitFor();
      await exportDialog.getByRole('checkbox', { name: 'Email', exact: true }).uncheck();
      const rowsToExport = exportDialog.getByRole('status', { name: 'Rows to export' });
      await waitUntil(
        async () =>
          (await rowsToExport.getAttribute('aria-busy')) === 'false' &&
          (await rowsToExport.innerText()).trim() === '3 people',
        'the export to announce 3 rows',
      );
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'segment-export.png'), fullPage: true });
      const downloadStarted = page.waitForEvent('download');
      await exportDialog.getByRole('button', { name: 'Download CSV' }).click();
      const download = await downloadStarted;
      assert.equal(download.suggestedFilename(), `tenants-union-${runId}.csv`);
      const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
      assert.equal(lines[0], 'first_name,last_name');
      assert.deepEqual(lines.slice(1).sort(), [`Ana,${lastName}`, `Bilal,${lastName}`, `Chen,${lastName}`]);
      await exportDialog.waitFor({ state: 'hidden' });

      // Change the saved filter: tagged both ways selects one person, and the members follow once saved.
      await page.getByText('Has all of these tags').click();
      await tagsInput.fill('door-knock');
      await tagsInput.press('Enter');
      await waitUntil(() => countIs('1 person'), 'the live count to reach 1 person');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await waitUntil(
        async () =>
          (await memberRows.count()) === 1 && (await memberRows.first().innerText()).includes('Bilal'),
        'the members to be the one person tagged both ways',
      );

      // Ranked people search, and deleting the segment from the list.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
      await field(page, 'Search everyone').fill(`chen.${runId}@example.org`);
      const results = page.getByRole('table', { name: 'Search results' }).locator('tbody tr');
      await waitUntil(async () => (await results.count()) === 1, 'the search to find one person');
      assert.match(await results.first().innerText(), new RegExp(`Chen ${lastName}`));
      await listed.getByRole('button', { name: `Delete ${segmentName}` }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete this segment?' });
      await confirm.getByRole('button', { name: 'Delete segment' }).click();
      await page.getByText('No segments yet.', { exact: false }).waitFor();

      assert.deepEqual(pageErrors, [], 'the page threw uncaught errors');
    } catch (error) {
      await page
        .screenshot({ path: join(ARTIFACTS_DIR, 'segments-failure.png'), fullPage: true })
        .catch(() => {});
      throw error;
    } finally {
      await context.close();
    }
  },
);

void test('narrow a segment by a custom field range and an organization', { timeout: 180_000 }, async () => {
  const { browser, platform } = started();
  const { context, page, pageErrors } = await openPage(browser, platform.baseUrl);

  const runId = newRunId();
  const lastName = `Narrow-${lettersFor(runId)}`;

  try {
    await signUp(page, `E2E Segment Narrowing ${runId}`, runId);
    const api = graphqlClient(platform.baseUrl, await accessToken(page));
    await api(`mutation ($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id } }`, {
      input: { key: 'shifts', label: 'Shifts worked', type: 'NUMBER' },
    });
    const organization = /** @type {{ createOrganization: { id: string } }} */ (
      await api(`mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
        input: { name: `Eastside Tenants ${runId}`, type: 'TENANT_ASSOCIATION' },
      })
    ).createOrganization;
    const shifts = { Ines: 1, Jomo: 3, Kalani: 5, Lupe: 8 };
    for (const [firstName, worked] of Object.entries(shifts)) {
      const personId = await createPerson(api, { firstName, lastName, customFields: { shifts: worked } });
      if (firstName !== 'Lupe') {
        await api(`mutation ($input: AddAffiliationInput!) { addAffiliation(input: $input) { id } }`, {
          input: { personId, organizationId: organization.id },
        });
      }
    }

    await page.goto('/segments/new');
    const liveCount = page.getByRole('status', { name: 'Live count' });
    const countIs = async (/** @type {string} */ expected) =>
      (await liveCount.getAttribute('aria-busy')) === 'false' &&
      (await liveCount.innerText()).trim() === expected;
    await waitUntil(() => countIs('4 people'), 'the live count of everyone to show 4 people');

    // Shifts worked between 3 and 8: Jomo, Kalani, Lupe.
    await page.getByRole('combobox', { name: 'Add a condition on' }).click();
    await page.getByRole('option', { name: 'Shifts worked' }).click();
    const condition = page.getByRole('group', { name: 'Condition on Shifts worked' });
    await condition.getByRole('combobox', { name: 'Shifts worked operator' }).click();
    await page.getByRole('option', { name: 'is between' }).click();
    await field(condition, 'Shifts worked from').fill('3');
    await waitUntil(() => countIs('3 people'), 'the custom field range to select 3 people');

    // And affiliated with the organization: Jomo and Kalani.
    await page.getByRole('combobox', { name: 'Organization' }).fill('Eastside');
    await page.getByRole('option', { name: new RegExp(`Eastside Tenants ${runId}`) }).click();
    await page
      .getByRole('group', { name: 'Organizations chosen' })
      .getByText(`Eastside Tenants ${runId}`)
      .waitFor();
    await waitUntil(() => countIs('2 people'), 'the organization to narrow it to 2 people');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'segment-narrowed.png'), fullPage: true });
    await page.getByRole('button', { name: 'Remove organization' }).click();
    await waitUntil(() => countIs('3 people'), 'removing the organization to widen it to 3 people again');
    assert.deepEqual(pageErrors, [], 'the page threw uncaught errors');
  } catch (error) {
    await page
      .screenshot({ path: join(ARTIFACTS_DIR, 'segments-narrow-failure.png'), fullPage: true })
      .catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
