import { z } from 'zod';
import type { Figure } from '../precision/index.js';
import data from './capacity-words.data.json' with { type: 'json' };

const dataSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  words: z.array(z.string()).min(1),
});

let capacity: RegExp | undefined;

/**
 * True when a count is a capacity ("Capacity (TEU)", a fleet's slots): a stock at year end, never the
 * volume carried that an intensity per TEU divides.
 */
export function isCapacity(f: Figure): boolean {
  capacity ??= new RegExp(
    dataSchema
      .parse(data)
      .words.map((w) => `(?:${w})`)
      .join('|'),
    'iu',
  );
  return capacity.test(f.fact.label ?? '');
}
