// Materiality, narrative and omissions in chromium against the real app: upload a stakeholder survey
// and read the ranking and matrix, weigh a group, write an aspect's policy text beside its
// requirement, and explain an omission in the content index. Keyboard and labels drive it all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason } from './support/browser.js';
import { eventually } from './support/eventually.js';
import { screenshot } from './support/screenshots.js';
import { goTo } from './support/ui-session.js';
import { openWebUi, type WebUi } from './support/web-ui.js';

const skip = browserSkipReason();

const SURVEY = `Stakeholder group,Topic,Importance to stakeholders,Impact on the business
Employees,Occupational health and safety,5,4
Employees,Greenhouse gas emissions,3,3
Investors,Greenhouse gas emissions,5,5
Investors,Occupational health and safety,4,4
Community,Community investment,3,1
Community,Water use,,2
`;

describe.skipIf(skip !== undefined)('materiality, narrative and omissions in chromium', () => {
  let ui: WebUi;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'esgkit-survey-'));
  const surveyFile = join(dir, 'stakeholder-survey.csv');

  beforeAll(async () => {
    writeFileSync(surveyFile, SURVEY);
    ui = await openWebUi({ signedIn: true });
    ({ page } = ui);
  }, 180_000);

  afterAll(async () => {
    await ui.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uploads a survey, ranks the topics and draws the matrix, and re-ranks on a new weight', async () => {
    await goTo(page, 'Materiality');
    await page.getByLabel('Survey file (CSV or XLSX)').setInputFiles(surveyFile);
    await page.getByRole('button', { name: 'Import survey' }).click();
    await page.getByText('Stored 5 responses. 1 row left out:').waitFor();
    await page.getByText(/Row 7: importance to stakeholders/).waitFor();
    const table = page.getByRole('table', { name: 'Ranked topics' });
    await table.waitFor();
    const topics = async () => table.locator('tbody th').allTextContents();
    // Group means, then their mean: health and safety (4.5, 4) ranks over emissions (4, 4).
    await eventually(() => topics()).toEqual([
      'Occupational health and safety',
      'Greenhouse gas emissions',
      'Community investment',
    ]);
    await eventually(() => page.getByRole('img', { name: /Materiality matrix of 3 topics/ }).count()).toBe(1);
    await screenshot(page, 'materiality');

    // Employees count for nothing: health and safety is then rated by investors alone (4, 4).
    const employees = page.getByRole('spinbutton', { name: 'Employees' });
    await employees.fill('0');
    await employees.press('Enter');
    await page.getByText('Saved; the ranking and matrix are updated.').waitFor();
    const health = table.getByRole('row', { name: /Occupational health and safety/ });
    // The message says the table is updated, so it is by the time the message shows: read it at once.
    await expect(health.locator('td.num').allTextContents()).resolves.toEqual(['4.00', '4.00']);
    await eventually(() => topics()).toEqual([
      'Greenhouse gas emissions',
      'Occupational health and safety',
      'Community investment',
    ]);
  }, 60_000);

  it('writes an aspect’s policy text beside the framework’s requirement and keeps it', async () => {
    await goTo(page, 'Narrative');
    await page
      .getByRole('navigation', { name: 'Aspects and disclosures' })
      .getByRole('link', { name: /^A2 / })
      .click();
    const requirement = page.getByRole('complementary', { name: 'What HKEX:A2 asks for' });
    await requirement.getByText('What the framework asks').waitFor();
    const text = page.getByLabel('Policy text for HKEX:A2');
    await text.click();
    await page.keyboard.type('We meter electricity and water at every plant and review use monthly.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Saved as version 1.').waitFor();
    await screenshot(page, 'narrative');
    await page.reload();
    await page.getByLabel('Policy text for HKEX:A2').waitFor();
    await eventually(() => page.getByLabel('Policy text for HKEX:A2').inputValue()).toBe(
      'We meter electricity and water at every plant and review use monthly.',
    );
  }, 60_000);

  it('explains a missing disclosure in the content index', async () => {
    await goTo(page, 'Omissions');
    // The demo explains every HKEX C2 disclosure it does not report; under GRI some are still missing.
    await page.getByText('Every disclosure is reported or explained.').waitFor();
    await page.getByLabel('Framework').selectOption('gri-2021');
    const summary = page.getByText(/disclosures have neither figures, text nor an explanation/);
    const before = Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
    await page.getByLabel('Show only disclosures that are not reported').check();
    await eventually(() => page.locator('tr.status-reported, tr.status-heading').count()).toBe(0);
    const row = page.locator('tr.status-missing').first();
    const code = (await row.locator('th').textContent()) ?? '';
    await page.getByLabel(`Kind of omission for ${code}`, { exact: true }).selectOption('not_applicable');
    await page
      .getByLabel(`Reason for ${code}`, { exact: true })
      .fill('The group has no activity this disclosure covers.');
    await page.getByLabel(`Reason for ${code}`, { exact: true }).press('Enter');
    await page
      .getByText(`${before - 1} disclosures have neither figures, text nor an explanation.`)
      .waitFor();
    await screenshot(page, 'omissions');

    // The report download carries the narrative written above and this explanation.
    const link = page.getByRole('link', { name: 'Download the report (HTML)' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/report\?framework=gri-2021&format=html$/);
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('Not applicable: The group has no activity this disclosure covers.');
    // The narrative written above answers an HKEX disclosure: it is in the HKEX C2 report.
    const hkex = await page.request.get(href.replace('framework=gri-2021', 'framework=hkex-c2'));
    expect(await hkex.text()).toContain(
      'We meter electricity and water at every plant and review use monthly.',
    );
  }, 60_000);
});
