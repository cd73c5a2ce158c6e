// A page changes after an action in steps (the server answers, then React renders), so a value read
// straight after the action can be the old one. `eventually` reads it again until the matcher holds or
// the timeout passes, and then fails with the last value it read.
import { expect } from 'vitest';

const TIMEOUT_MS = 10_000;
const INTERVAL_MS = 100;

export function eventually<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: TIMEOUT_MS, interval: INTERVAL_MS });
}
