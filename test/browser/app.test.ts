// The web UI in Debian's chromium against the real app (in-memory SQLite, demo organisation):
// sign in, enter a value, see it on the dashboard, open a fact's source; screenshots at 1280 px
// (desktop) and 768 px (tablet) go to test-artifacts/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './support/app-server.js';
import { browserSkipReason } from './support/browser.js';
import { eventually } from './support/eventually.js';
import { screenshot } from './support/screenshots.js';
import { expectNoSidewaysScroll, goTo } from './support/ui-session.js';
import { openWebUi, type WebUi } from './support/web-ui.js';

const skip = browserSkipReason();
if (skip !== undefined) process.stdout.write(`test/browser: ${skip}\n`);

describe.skipIf(skip !== undefined)('web UI in chromium', () => {
  let ui: WebUi;
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    ui = await openWebUi({ signedIn: false });
    ({ app, page } = ui);
  }, 180_000);

  afterAll(async () => {
    await ui.close();
  });

  it('refuses a wrong password with the API message, then signs in with the keyboard', async () => {
    await page.goto(app.url);
    await screenshot(page, 'sign-in');
    await page.getByLabel('E-mail').fill(app.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.getByRole('alert').textContent()).toContain('wrong e-mail or password');

    await page.getByLabel('Password').fill('');
    await page.getByLabel('E-mail').focus();
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('name')).toBe('password');
    await page.keyboard.type(app.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  }, 60_000);

  it('shows KPI cards with year-on-year change and the charts', async () => {
    const scope1 = page.locator('[data-kpi="scope1"]');
    await eventually(() => scope1.textContent()).toMatch(/tCO2e.*(up|down|unchanged).*from 2024/);
    await eventually(() => page.locator('[data-kpi="injuries"]').textContent()).toContain('No 2025 figure');
    await page.getByText('GHG emissions by scope').waitFor();
    await page.locator('.chart svg').first().waitFor();
    await screenshot(page, 'dashboard');
  }, 60_000);

  it('enters a value for a site, shows the API validation message, and the dashboard picks the value up', async () => {
    await goTo(page, 'Data entry');
    await page.getByLabel('Site').selectOption({ label: 'Shenzhen Assembly Plant' });
    const value = page.getByRole('textbox', { name: 'Recordable work-related injuries New value' });
    await value.fill('three');
    await page.getByRole('button', { name: 'Save Recordable work-related injuries' }).click();
    // The message appears when the API has answered; only then is the field marked.
    const message = page.locator('.entry-message .field-error');
    await message.waitFor();
    await eventually(() => value.getAttribute('aria-invalid')).toBe('true');
    await eventually(() => message.textContent()).toMatch(/^value: /);

    await value.fill('3');
    await value.press('Enter');
    await page.getByText('Saved Recordable work-related injuries: 3 count, for review.').waitFor();
    await screenshot(page, 'data-entry');

    await goTo(page, 'Dashboard');
    const injuries = page.locator('[data-kpi="injuries"]');
    await injuries.getByText('Sum of 1 site').waitFor();
    await eventually(() => injuries.locator('.kpi-number').textContent()).toBe('3');
  }, 60_000);

  it('opens a calculated fact’s source in a dialog that keeps and returns the focus', async () => {
    await page.locator('[data-kpi="scope1"]').getByRole('link', { name: /Facts/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Facts' }).waitFor();
    expect(await page.getByLabel('Metric').inputValue()).toBe('ghg.scope1');
    const calculated = page
      .locator('.fact-table tbody tr', { hasText: 'Calculation' })
      .first()
      .getByRole('button');
    await calculated.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Formula' }).waitFor();
    await eventually(() => dialog.getByRole('table', { name: /Factors/ }).count()).toBe(1);
    await screenshot(page, 'fact-calculation');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await eventually(() => page.locator('dialog :focus').count()).toBe(1);
    await page.keyboard.press('Escape');
    await eventually(() => dialog.count()).toBe(0);
    await eventually(() => page.locator('.fact-table :focus').count()).toBe(1);
  }, 60_000);

  it('opens a reported fact’s source: the document, its line and the quoted text', async () => {
    // Which metric the report gave a stored fact for is the demo's business; ask the API (with the
    // page's own session cookie) and pick that metric in the filter as a person would.
    const [, orgId, periodId] = /#\/o\/([^/]+)\/p\/([^/]+)\//.exec(page.url()) ?? [];
    const res = await page.request.get(
      `${app.url}/api/v1/orgs/${orgId ?? ''}/facts?periodId=${periodId ?? ''}&limit=1000`,
    );
    const { items } = (await res.json()) as { items: { metric: string; provenance: { kind: string } }[] };
    // Only metrics of the catalogue are in the filter (a report may also give others).
    let reportedMetric: string | undefined;
    for (const f of items.filter((x) => x.provenance.kind === 'document')) {
      const option = page.getByLabel('Metric').locator(`option[value="${f.metric}"]`);
      if ((await option.count()) > 0) {
        reportedMetric = f.metric;
        break;
      }
    }
    expect(reportedMetric, 'the demo report gave no stored fact').toBeDefined();
    await page.getByLabel('Metric').selectOption(reportedMetric ?? '');
    const reported = page
      .locator('.fact-table tbody tr', { hasText: 'Document' })
      .first()
      .getByRole('button');
    await reported.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Quoted text' }).waitFor();
    const details = await dialog.locator('dl').textContent();
    expect(details).toContain('report-2025.txt');
    const download = dialog.getByRole('link', { name: 'Download the file' });
    await download.waitFor();
    const file = await page.request.get(`${app.url}${(await download.getAttribute('href')) ?? ''}`);
    expect([file.status(), file.headers()['content-disposition']]).toEqual([
      200,
      `attachment; filename="report-2025.txt"; filename*=UTF-8''report-2025.txt`,
    ]);
    expect(details).toMatch(/line \d+/);
    expect((await dialog.locator('blockquote').textContent())?.trim().length).toBeGreaterThan(0);
    await screenshot(page, 'fact-document');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await eventually(() => dialog.count()).toBe(0);
  }, 60_000);

  it('fits a 768 px tablet without sideways scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectNoSidewaysScroll(page, ['Dashboard', 'Data entry', 'Facts']);
  }, 60_000);

  it('asks to sign in again when the session has ended, then returns to the page', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await ui.context.clearCookies();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('alert').getByText('Your session has ended. Sign in again to go on.').waitFor();
    await page.getByLabel('E-mail').fill(app.email);
    await page.getByLabel('Password').fill(app.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  }, 60_000);
});
