// Debian's chromium driven by playwright-core: never a downloaded browser. CI installs chromium
// (.ci/run); without it the suite fails loudly unless ESGKIT_SKIP_BROWSER=1 says to skip it.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, headless, sandbox-free run in a container with no network side traffic. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Why the browser suite is skipped, or undefined when it runs. Throws when it cannot run and may not skip. */
export function browserSkipReason(): string | undefined {
  if (process.env.ESGKIT_SKIP_BROWSER === '1') {
    return 'ESGKIT_SKIP_BROWSER=1: browser tests skipped on request';
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) or set ESGKIT_SKIP_BROWSER=1 to skip the browser tests`,
    );
  }
  return undefined;
}

/** A browser with a fresh profile, and how to close it and remove the profile. */
export interface TestBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches chromium with a fresh `--user-data-dir` at the given viewport. */
export async function launchBrowser(viewport: { width: number; height: number }): Promise<TestBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'esgkit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
