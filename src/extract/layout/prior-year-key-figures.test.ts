import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// A made-up key-figures list: names joined to their figures by dotted leaders, each figure's unit after
// it, then the year before's figure in brackets; a stated change printed under one of them.
const TEXT = [
  'Key figures 2025',
  '',
  'Net sales .............................................      97 342  EUR thousand   (2024: 91 508)',
  'Electricity use .......................................    21 774,9  MWh   (2024: 22 601,3)',
  'Scope 1 and 2 GHG emissions ...........................     6 118,4  t CO2e',
  '  Scope 1 and 2 emissions decreased by 4,6 % year on year',
  'Water withdrawal ......................................     318 270  m³   (2024: 331 945)',
  'Share of recycled packaging ...........................        62,5  %',
].join('\n');

describe('key figures printed with the year before’s in brackets', () => {
  const facts = extractDocument(docFromText(TEXT), { year: 2025 }).facts.map((f) => f.fact);
  const of = (metric: string) =>
    facts
      .filter((f) => f.metric === metric)
      .map((f) => [f.period.year, f.quantity.value.toString(), f.quantity.unit.symbol]);

  it('reads each year’s figure of a line', () => {
    expect(of('economic.revenue')).toEqual([
      [2025, '97342', 'EUR thousand'],
      [2024, '91508', 'EUR thousand'],
    ]);
    expect(of('water.withdrawal')).toEqual([
      [2025, '318270', 'm3'],
      [2024, '331945', 'm3'],
    ]);
  });

  it('reads the sentence between two such lines as a stated change, no group heading', () => {
    const change = facts.find((f) => f.metric === 'change');
    expect([change?.quantity.value.toString(), change?.dims.of]).toEqual(['4.6', 'ghg.scope1_2']);
  });
});

// A made-up German key-figures list naming the year before in words ("Vorjahr") rather than by number.
const GERMAN = [
  'Kennzahlen 2025',
  '',
  '   Nettoumsatz ................................. 812,6 Mio. €           (Vorjahr: 790,1)',
  '   Wasserentnahme .............................. 215.340 m³             (Vorjahr: 228.110)',
  '   Quote stofflicher Verwertung ................ 64,5 %                 (Vorjahr: 61,0)',
  '   Beschäftigte (Köpfe, Jahresende) ............ 2.140                  (Vorjahr: 2.065)',
  '   Frauenanteil in Führungspositionen .......... 31,5 %                 (Vorjahr: 29,0)',
].join('\n');

describe('key figures with the year before named in words', () => {
  const facts = extractDocument(docFromText(GERMAN), { year: 2025 }).facts.map((f) => f.fact);
  const of = (metric: string) =>
    facts
      .filter((f) => f.metric === metric)
      .map((f) => [f.period.year, f.quantity.value.toString(), f.quantity.unit.symbol]);

  it('dates the figure the report year and the bracketed one the year before', () => {
    expect(of('economic.revenue')).toEqual([
      [2025, '812.6', 'EUR million'],
      [2024, '790.1', 'EUR million'],
    ]);
    expect(of('water.withdrawal')).toEqual([
      [2025, '215340', 'm3'],
      [2024, '228110', 'm3'],
    ]);
  });

  it('keeps a count without a unit in the report year', () => {
    expect(of('workforce.total')).toEqual([[2025, '2140', 'persons']]);
  });

  it('reads a share of women in leadership as that group’s, not the headcount’s', () => {
    const share = facts.filter((f) => f.metric === 'workforce.share');
    expect(share.map((f) => [f.period.year, f.dims.employee_category])).toEqual([
      [2025, 'management'],
      [2024, 'management'],
    ]);
  });
});
