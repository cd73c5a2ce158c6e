// A table row's mention of a made-up report, for classifier tests: the fields a test names, the rest
// those of an actual figure the layout says nothing more about.
import type { Mention } from '../../src/extract/mention/index.js';

type Named = Pick<Mention, 'label' | 'value' | 'unit' | 'year' | 'line' | 'context'>;

export function tableMention(fields: Named & Partial<Mention>): Mention {
  return { kind: 'table', basis: 'actual', quote: '', dims: {}, background: 1, ...fields };
}
