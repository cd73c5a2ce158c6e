import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './index.js';

// A made-up waste table, a sentence on the waste recycled by type, and a SASB index whose coded
// metrics list their parts as numbered items, the share's subject left to the first item.
const REPORT = [
  'Waste generated',
  '',
  'Indicator                          2029         2030   Unit',
  'Hazardous waste                 2,208.4      2,417.3   tonnes',
  'Non-hazardous waste             5,873.0      6,120.8   tonnes',
  '',
  'Of the hazardous waste, 1,608.5 tonnes were recycled in 2030.',
  'The overall recycling rate reached 72.5%, including 4,410.2 tonnes of non-hazardous waste recycled.',
  '',
  'SASB index',
  '',
  'Code            Accounting metric                            2030 disclosure        Page',
  'XX-YY-140a.1    (1) Total water withdrawn                    1,204.6 thousand m³      12',
  '                (2) percentage recycled                      18.2%',
  'XX-YY-150a.1    (1) Amount of hazardous waste generated      2,417.3 tonnes           14',
  '                (2) percentage recycled                      71.3%',
].join('\n');

describe('numbered items of a coded metric', () => {
  const facts = extractDocument(docFromText(REPORT), { year: 2030 }).facts.map((f) => f.fact);
  const of = (metric: string) =>
    facts
      .filter((f) => f.metric === metric)
      .map((f) => [f.quantity.value.toString(), f.dims.waste_type])
      .sort();

  it('reads a later item’s share as a share of the first item: the hazardous waste recycled', () => {
    // The water item's "percentage recycled" is no waste rate; the sentence's rate is all waste's.
    expect(of('waste.recycling_rate')).toEqual([
      ['71.3', 'hazardous'],
      ['72.5', undefined],
    ]);
  });

  it('reads the waste type a sentence names for the waste recycled', () => {
    expect(of('waste.diverted')).toEqual([
      ['1608.5', 'hazardous'],
      ['4410.2', 'non-hazardous'],
    ]);
  });
});
