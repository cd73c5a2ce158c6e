// dedupeMentions: a sentence printing a table row's digits in another scale is not the row restated.
import { describe, expect, it } from 'vitest';
import { classifyMention } from '../classify/index.js';
import type { Mention } from '../mention/index.js';
import { dedupeMentions } from './index.js';

const mention = (over: Partial<Mention>) =>
  classifyMention(
    {
      kind: 'text',
      line: 1,
      label: '',
      context: [''],
      value: '1',
      unit: '',
      year: 2024,
      basis: 'actual',
      quote: '',
      dims: {},
      ...over,
    },
    ['gri-2021'],
  );

describe('dedupeMentions: the same digits in another scale', () => {
  const row = mention({
    kind: 'table',
    line: 210,
    label: 'Spending on pollution control',
    value: '1472.8',
    unit: 'RMB 10,000',
    context: [],
  });
  const lines = () => 'In 2024 the Company spent money on pollution control.';

  // Compared by printed digits, not by amount after conversion: the analysts keep a sentence that
  // prints a table's amount in another unit as a text fact of its own.
  it.each([
    ['keeps a sentence giving the row’s digits in RMB million', '1,472.8', 'RMB million', [210, 40]],
    ['keeps a sentence giving the row’s amount in another scale', '14.728', 'RMB million', [210, 40]],
    ['still drops a sentence quoting the row in its own scale', '1,472.8', 'RMB ten thousand', [210]],
  ] as const)('%s', (_name, printed, unit, kept) => {
    const sentence = mention({
      line: 40,
      label: `spent RMB ${printed} ${unit.replace('RMB ', '')} on pollution control`,
      value: printed.replace(/,/g, ''),
      unit,
    });
    expect(dedupeMentions([row, sentence], lines).map((c) => c.mention.line)).toEqual(kept);
  });
});

describe('dedupeMentions: a site’s cell and a sentence naming no site', () => {
  const siteCell = mention({
    kind: 'table',
    line: 90,
    label: 'Northgate quarry',
    value: '1307',
    unit: 'persons',
    context: [],
    dims: { site: 'Northgate quarry' },
  });
  const sentence = (quote: string) =>
    mention({ line: 120, label: quote, value: '1307', unit: 'contractor workers', quote, context: [quote] });
  const lines = () => '';

  it('keeps the sentence: its digits are its own figure, not the site’s restated', () => {
    const s = sentence('All contractor workers finished the induction: 1,307 contractor workers in all');
    expect(dedupeMentions([siteCell, s], lines).map((c) => c.mention.line)).toEqual([90, 120]);
  });

  it('drops a sentence that names the site, as a restatement of its cell', () => {
    const s = sentence('Northgate employed 1,307 contractor workers');
    expect(dedupeMentions([siteCell, s], lines).map((c) => c.mention.line)).toEqual([90]);
  });
});
