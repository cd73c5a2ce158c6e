// The team's workflow in chromium against the real app: import a file with progress, review figures
// (approve; reject with a required comment), coverage by framework and status, findings with their
// facts, and the audit log recording it all. Screenshots at 1280 px and 768 px.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, type RunningApp } from './support/app-server.js';
import { browserSkipReason } from './support/browser.js';
import { eventually } from './support/eventually.js';
import { screenshot } from './support/screenshots.js';
import { expectNoSidewaysScroll, goTo } from './support/ui-session.js';
import { openWebUi, type WebUi } from './support/web-ui.js';

const skip = browserSkipReason();

describe.skipIf(skip !== undefined)('team workflow in chromium', () => {
  let ui: WebUi;
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    ui = await openWebUi({ signedIn: true });
    ({ app, page } = ui);
  }, 180_000);

  afterAll(async () => {
    await ui.close();
  });

  it('imports activity data and reports what the import did', async () => {
    await goTo(page, 'Imports');
    await page.getByRole('radio', { name: 'Activity data' }).check();
    await page.getByLabel('File', { exact: true }).setInputFiles(`${REPO_ROOT}/demo/activity.csv`);
    await page.getByRole('button', { name: 'Upload and import' }).click();
    const summary = page.getByText(/^Imported activity\.csv:/);
    await summary.waitFor();
    // The same file again into the same year adds no new figure.
    await eventually(() => page.locator('.upload-status').textContent()).toMatch(
      /^Imported activity\.csv: \d+ figures read — 0 new, \d+ changed, \d+ unchanged/,
    );
    const uploaded = page.getByRole('table', { name: 'Uploaded files' });
    await eventually(() => uploaded.getByText('activity.csv').count()).toBe(1);
    await screenshot(page, 'imports');
  }, 60_000);

  it('approves one submitted figure and rejects another only with a comment', async () => {
    await goTo(page, 'Data entry');
    for (const [metric, value] of [
      ['Recordable work-related injuries', '2'],
      ['Lost days due to work injury', '14'],
    ] as const) {
      await page.getByRole('textbox', { name: `${metric} New value` }).fill(value);
      await page.getByRole('button', { name: `Save ${metric}` }).click();
      await page.getByText(new RegExp(`^Saved ${metric}:`)).waitFor();
    }
    await goTo(page, 'Review');
    await page.getByRole('button', { name: 'Approve Recordable work-related injuries' }).click();
    await page.getByText(/^Approved Recordable work-related injuries/).waitFor();
    await eventually(() => page.locator('.review-message:focus').count()).toBe(1);

    await page.getByRole('button', { name: 'Reject Lost days due to work injury' }).click();
    const dialog = page.getByRole('dialog', { name: /Reject Lost days/ });
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/Say why/)
      .waitFor();
    await screenshot(page, 'review-reject');
    await dialog
      .getByLabel('Why is it rejected?')
      .fill('Lost days double-count the Suzhou contractor incident.');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await page.getByText(/^Rejected Lost days due to work injury: Lost days double-count/).waitFor();
    // Both figures have left the queue.
    await page.getByText('Nothing is waiting here.').waitFor();
    await eventually(() => page.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    await screenshot(page, 'review');
  }, 60_000);

  it('lists a framework’s disclosures by status from the coverage grid', async () => {
    await goTo(page, 'Coverage');
    const grid = page.getByRole('table', { name: /Disclosures by framework and status/ });
    const disclosed = grid.getByRole('button', { name: /disclosed in HKEX .*Appendix C2/ });
    const count = Number((await disclosed.textContent())?.match(/^\d+/)?.[0]);
    await disclosed.click();
    await eventually(() => disclosed.getAttribute('aria-pressed')).toBe('true');
    const list = page.getByRole('table', { name: /Appendix C2.*: disclosed/ });
    await eventually(() => list.locator('tbody tr').count()).toBe(count);
    await screenshot(page, 'coverage');
  }, 60_000);

  it('opens the source of a fact a finding is about', async () => {
    await goTo(page, 'Findings');
    const first = page.locator('.finding').first();
    await first.waitFor();
    await first.locator('.finding-facts button').first().click();
    await page
      .getByRole('dialog')
      .getByText(/Version \d+/)
      .waitFor();
    await page.keyboard.press('Escape');
    await screenshot(page, 'findings');
  }, 60_000);

  it('records the imports and both decisions in the audit log', async () => {
    await goTo(page, 'Audit log');
    const rows = page.locator('.audit-table tbody tr');
    await rows.first().waitFor();
    // The demo's reviewer approved figures while loading; the owner's two decisions come on top.
    const owner = rows.filter({ hasText: app.email });
    await eventually(() => owner.filter({ hasText: 'reviewed a fact' }).count()).toBe(2);
    await eventually(() =>
      rows.filter({ hasText: 'imported facts' }).filter({ hasText: 'import of activity.csv' }).count(),
    ).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'audit');
  }, 60_000);

  it('shows every workflow page on a 768 px tablet without sideways scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectNoSidewaysScroll(page, ['Imports', 'Coverage', 'Findings', 'Review', 'Audit log']);
  }, 60_000);

  it('signs out; a contributor may enter figures only for their own site, and not in locked 2024', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to esgkit' }).waitFor();
    const contributor = app.signIns.contributor;
    expect(contributor).toBeDefined();
    await page.getByLabel('E-mail').fill(contributor?.email ?? '');
    await page.getByLabel('Password').fill(contributor?.password ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signing in again keeps the address: the page the owner left.
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await goTo(page, 'Data entry');
    const site = page.getByLabel('Site');
    await eventually(() => site.locator('option').allTextContents()).toEqual(['Shenzhen Assembly Plant']);
    await eventually(() =>
      page
        .getByRole('textbox', { name: /New value/ })
        .first()
        .isEnabled(),
    ).toBe(true);

    await page.getByLabel('Reporting year').selectOption({ label: '2024 (locked)' });
    await page.getByText('2024 is locked: its figures can no longer be changed.').waitFor();
    await page.getByRole('table', { name: /, 2024$/ }).waitFor();
    await eventually(() => page.getByRole('textbox', { name: /New value/ }).count()).toBe(0);
    await screenshot(page, 'data-entry-locked');
  }, 60_000);
});
