import type { Clock } from '../app/app-deps.js';

/** Whether an attempt may go ahead, and if not, in how many seconds the window ends. */
export type LimitDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfter: number };

// Keys tracked at most; past this, windows that have ended are swept, then the oldest dropped,
// so a flood of distinct e-mails cannot grow memory without bound.
const MAX_KEYS = 10_000;

/**
 * A fixed-window counter (OWASP Authentication Cheat Sheet, "login throttling"): at most `limit`
 * attempts per key in each window of `windowMs`, windows aligned to the epoch.
 */
export class FixedWindowLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt for `key` and says whether it is allowed. */
  attempt(key: string): LimitDecision {
    const now = this.clock().getTime();
    const start = now - (now % this.windowMs);
    const w = this.#windows.get(key);
    if (!w || w.start !== start) {
      this.#windows.delete(key);
      this.#sweep(start);
      this.#windows.set(key, { start, count: 1 });
      return { allowed: true };
    }
    if (w.count >= this.limit) {
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((start + this.windowMs - now) / 1000)) };
    }
    w.count++;
    return { allowed: true };
  }

  /** Forgets a key's attempts (after a successful sign-in). */
  reset(key: string): void {
    this.#windows.delete(key);
  }

  #sweep(current: number): void {
    if (this.#windows.size < MAX_KEYS) return;
    for (const [k, w] of this.#windows) if (w.start !== current) this.#windows.delete(k);
    for (const k of this.#windows.keys()) {
      if (this.#windows.size < MAX_KEYS) break;
      this.#windows.delete(k);
    }
  }
}
