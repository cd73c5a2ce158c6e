import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EsgError } from '../../core/index.js';

/** Where Debian's chromium package installs the browser; esgkit never downloads one. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// Headless printing with nothing that phones home or touches a user profile.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Which browser prints. */
export interface BrowserOptions {
  /** Path of a Chromium executable (default {@link DEFAULT_CHROMIUM}). */
  readonly executablePath?: string;
}

/** True when the Chromium that prints PDFs is installed. */
export function chromiumAvailable(options: BrowserOptions = {}): boolean {
  return existsSync(options.executablePath ?? DEFAULT_CHROMIUM);
}

/**
 * Runs `work` with a page of a fresh headless Chromium (its own temporary profile, removed afterwards).
 * Every network request is refused: the report is self-contained and must not fetch anything.
 */
export async function withBrowserPage<T>(
  work: (page: Page) => Promise<T>,
  options: BrowserOptions = {},
): Promise<T> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    throw new EsgError(
      'UNSUPPORTED',
      `PDF output needs Chromium at ${executablePath}; install it with: apt-get install -y chromium`,
    );
  }
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'esgkit-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = context.pages()[0] ?? (await context.newPage());
      return await work(page);
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
