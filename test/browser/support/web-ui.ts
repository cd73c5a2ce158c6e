import type { BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app-server.js';
import { launchBrowser } from './browser.js';
import { buildWeb } from './build-web.js';
import { signIn } from './ui-session.js';

/** The web UI built from source, served by the real app, in a chromium page; and how to stop it all. */
export interface WebUi {
  readonly app: RunningApp;
  readonly page: Page;
  /** The browser's context (its cookies), with its fresh profile. */
  readonly context: BrowserContext;
  /** Closes the browser and the app and removes the build. */
  close(): Promise<void>;
}

/**
 * Builds the web UI, starts the app on the demo organisation and opens chromium at 1280 × 900 (the
 * desktop width the screenshots are taken at); signed in as the demo owner when `signedIn`.
 */
export async function openWebUi(options: { signedIn: boolean }): Promise<WebUi> {
  const web = await buildWeb();
  const app = await startApp(web.dir);
  const browser = await launchBrowser({ width: 1280, height: 900 });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  if (options.signedIn) await signIn(page, app);
  return {
    app,
    page,
    context: browser.context,
    async close() {
      await browser.close();
      await app.close();
      await web.remove();
    },
  };
}
