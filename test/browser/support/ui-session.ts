import type { Page } from 'playwright-core';
import type { RunningApp } from './app-server.js';

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
