import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { FactIndex } from './fact-index.js';

// A sentence's rules redo its arithmetic from the figures read from that same sentence: the index keeps
// them together once, in the order they were read.

const SENTENCE = 'Our 612 drivers logged 1,403,900 hours in FY2025 with 3 lost-time injuries.';

describe('FactIndex.sameQuote', () => {
  it('gives every figure read from one quote, itself included, in input order', () => {
    const fact = (metric: string, value: string, unit: string, quote: string, line: number) =>
      printed({ metric, value, unit, year: 2025, line, extraction: 'text', quote });
    const index = new FactIndex([
      fact('workforce.total', '612', 'persons', SENTENCE, 7),
      fact('safety.lost_time_injuries', '41', 'count', 'A year earlier, 41 injuries were recorded.', 9),
      fact('safety.hours_worked', '1403900', 'hours', SENTENCE, 7),
      fact('safety.lost_time_injuries', '3', 'count', SENTENCE, 7),
    ]);
    const [drivers, earlier, hours, injuries] = index.figures;
    if (!drivers || !earlier || !hours || !injuries) throw new Error('four figures');
    expect(index.sameQuote(injuries)).toEqual([drivers, hours, injuries]);
    expect(index.sameQuote(drivers)).toBe(index.sameQuote(hours));
    expect(index.sameQuote(earlier)).toEqual([earlier]);
  });

  it('is empty for a figure not read from a document', () => {
    const entered = printed({ metric: 'energy.total', value: '88', unit: 'MWh', year: 2025, line: 1 });
    const index = new FactIndex([
      { ...entered, provenance: { kind: 'entry', user: 'analyst', at: '2026-01-05T09:00:00Z' } },
    ]);
    const [only] = index.figures;
    if (!only) throw new Error('one figure');
    expect(index.sameQuote(only)).toEqual([]);
  });
});
