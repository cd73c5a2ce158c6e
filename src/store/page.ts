import { z } from 'zod';
import { EsgError } from '../core/index.js';

// Keyset pagination: a cursor is the sort key of the last row of a page, base64url-encoded JSON,
// so the next page starts right after it however many rows were added meanwhile.

/** Checks a requested page size: a whole number 1–1000, default 100. */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new EsgError(
      'INVALID_INPUT',
      `page limit must be a whole number from 1 to 1000, got ${String(limit)}`,
    );
  }
  return limit;
}

/** The cursor for a page ending at a row with this sort key. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor carries; INVALID_INPUT when it is not a cursor of `size` parts. */
export function decodeCursor(cursor: string, size: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (e) {
    throw new EsgError('INVALID_INPUT', 'the cursor is not one this store issued', { cause: e });
  }
  const key = z.array(z.string()).length(size).safeParse(parsed);
  if (!key.success) throw new EsgError('INVALID_INPUT', 'the cursor is not one this store issued');
  return key.data;
}
