// The person profile in a real headless Chromium against a running Groundwork: sign up, create a
// person and a custom field through the API, open the person from the People table, edit the profile,
// add an email, fill the custom field, answer demographics (owners see them), add a note, and see the
// note and the status change on the timeline; then check what was stored through the API.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { accessToken, createPerson, graphqlClient } from './api.mjs';
import { field, lettersFor, newRunId, openPage, signUp } from './browser.mjs';
import { ARTIFACTS_DIR } from './platform.mjs';
import { usePlatformAndBrowser } from './suite.mjs';

const started = usePlatformAndBrowser();

void test(
  'open a person, edit the profile, add an email, a custom field, demographics and a note',
  { timeout: 180_000 },
  async () => {
    const { browser, platform } = started();
    const { context, page, pageErrors } = await openPage(browser, platform.baseUrl, { height: 1100 });

    const runId = newRunId();
    const lastName = `Baker-${lettersFor(runId)}`;

    try {
      await signUp(page, `E2E Profile Coalition ${runId}`, runId, {
        name: 'Ada Owner',
        emailPrefix: 'owner',
      });
      const api = graphqlClient(platform.baseUrl, await accessToken(page));
      await api(`mutation ($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id } }`, {
        input: { key: 'building', label: 'Building', type: 'TEXT' },
      });
      const personId = await createPerson(api, {
        firstName: 'Ella',
        lastName,
        email: `ella.${runId}@example.org`,
      });

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
      await page.getByLabel(/^Search people$/).fill(lastName);
      await page
        .getByRole('table', { name: 'People' })
        .getByRole('link', { name: `Ella ${lastName}` })
        .click();
      await page.getByRole('heading', { name: `Ella ${lastName}`, level: 1 }).waitFor();

      // The profile form.
      await page.getByRole('button', { name: 'Edit profile' }).click();
      const editor = page.getByRole('dialog', { name: `Edit Ella ${lastName}` });
      await field(editor, 'Pronouns').fill('she/her');
      await field(editor, 'Area or neighbourhood').fill('Eastside');
      await editor.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Inactive' }).click();
      await editor.getByRole('button', { name: 'Save profile' }).click();
      await editor.waitFor({ state: 'hidden' });
      await page.getByText('Eastside').waitFor();

      // A second email.
      await page.getByLabel('New email').fill(`ella.work.${runId}@example.org`);
      await page.getByRole('button', { name: 'Add email' }).click();
      await page.getByText(`ella.work.${runId}@example.org`).waitFor();

      // The custom field.
      await page.getByRole('heading', { name: 'More about Ella' }).waitFor();
      await page.getByRole('button', { name: 'Edit fields' }).click();
      const more = page.getByRole('dialog', { name: 'More about Ella' });
      await field(more, 'Building').fill('Maple Court');
      await more.getByRole('button', { name: 'Save' }).click();
      await more.waitFor({ state: 'hidden' });
      await page.getByText('Maple Court').waitFor();

      // Demographics (the owner sees them).
      await page.getByRole('heading', { name: 'Self-described demographics' }).waitFor();
      await page.getByRole('combobox', { name: 'Gender' }).click();
      await page.getByRole('option', { name: 'Prefer not to say' }).click();
      await page.getByRole('button', { name: 'Save demographics' }).click();
      await page.getByText('Saved demographics.').waitFor();

      // A note, then the timeline.
      await page.getByLabel('New note').fill('Wants to host a house meeting.');
      await page.getByRole('button', { name: 'Add note' }).click();
      const timeline = page.getByLabel('Timeline');
      await timeline.getByText('Wants to host a house meeting.').waitFor();
      await timeline.getByText('Status: Active → Inactive').waitFor();
      await timeline.getByText('Added to the coalition').waitFor();
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'person-profile.png'), fullPage: true });

      const stored = /** @type {{ person: unknown }} */ (
        await api(
          `query ($id: ID!) { person(id: $id) { pronouns area status customFields emails { email primary } demographics { gender } notes { totalCount } } }`,
          { id: personId },
        )
      );
      assert.deepEqual(stored.person, {
        pronouns: 'she/her',
        area: 'Eastside',
        status: 'INACTIVE',
        customFields: { building: 'Maple Court' },
        emails: [
          { email: `ella.${runId}@example.org`, primary: true },
          { email: `ella.work.${runId}@example.org`, primary: false },
        ],
        demographics: { gender: 'PREFER_NOT_TO_SAY' },
        notes: { totalCount: 1 },
      });
      assert.deepEqual(pageErrors, [], 'the page threw uncaught errors');
    } catch (error) {
      await page
        .screenshot({ path: join(ARTIFACTS_DIR, 'person-profile-failure.png'), fullPage: true })
        .catch(() => {});
      throw error;
    } finally {
      await context.close();
    }
  },
);
