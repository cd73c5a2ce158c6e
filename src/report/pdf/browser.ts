import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EsgError } from '../../core/index.js';

/** Where Debian's chromium package installs the browser; esgkit never downloads one. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's chromium-headless-shell: the same Blink and PDF printer without the desktop browser around
 * them. Printing a 60-page report with it takes under half the CPU time (bench/report-pdf.mjs: 3.3–4.3 s
 * against 7.3–9.5 s), most of it saved at start-up, so it is used whenever it is installed.
 */
export const CHROMIUM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The browser that prints: the one asked for, else the headless shell if installed, else chromium. */
export function chromiumPath(options: BrowserOptions = {}): string {
  return (
    options.executablePath ??
    (existsSync(CHROMIUM_HEADLESS_SHELL) ? CHROMIUM_HEADLESS_SHELL : DEFAULT_CHROMIUM)
  );
}

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
  /** Path of a Chromium executable (default: {@link chromiumPath}). */
  readonly executablePath?: string;
}

/** True when the Chromium that prints PDFs is installed. */
export function chromiumAvailable(options: BrowserOptions = {}): boolean {
  return existsSync(chromiumPath(options));
}

/**
 * Runs `work` with a page of a fresh headless Chromium (its own temporary profile, removed afterwards).
 * Every network request is refused: the report is self-contained and must not fetch anything.
 */
export async function withBrowserPage<T>(
  work: (page: Page) => Promise<T>,
  options: BrowserOptions = {},
): Promise<T> {
  const executablePath = chromiumPath(options);
  if (!existsSync(executablePath)) {
    throw new EsgError(
      'UNSUPPORTED',
      `PDF output needs Chromium at ${executablePath}; install it with: apt-get install -y chromium-headless-shell (or chromium)`,
    );
  }
  // Required, not imported: Node's ESM loader would first scan playwright's CommonJS bundle for its
  // export names, a third more CPU than loading it (measured 1.08 s against 0.75 s).
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
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
