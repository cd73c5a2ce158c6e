import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningApp } from './app-server.js';
import { screenshot } from './screenshots.js';

/** Signs in through the form and waits for the dashboard. */
export async function signIn(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('E-mail').fill(app.email);
  await page.getByLabel('Password').fill(app.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/** Follows a navigation link and waits for the page's heading. */
export async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Visits each named page at the page's current size, saves a screenshot and fails if it scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await goTo(page, name);
    await page.waitForTimeout(300);
    await screenshot(page, name.toLowerCase().replace(' ', '-'));
    // A string, so this Node-typed test needs no DOM typings.
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow, `${name} overflows by ${String(overflow)} px`).toBeLessThanOrEqual(0);
  }
}
