// Extraction and check together: a sentence claims every one of a counted population has a feature, while
// a table counts fewer with it. Invented fleets, depots and figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { checkedFacts, extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

// A row of two counts: the part with the feature and the population.
const FLEET = (claim: string): string =>
  [
    'Fleet equipment at 31 December 2034',
    'Equipment                                   Barges fitted   Owned barges',
    'Exhaust gas cleaning unit (EGCU)                       13             17',
    'Onshore charging socket                                 6             17',
    '',
    claim,
  ].join('\n');

// A row of the population over a row of its part with the feature, depot by depot.
const DEPOTS = (claim: string): string =>
  [
    'Depots at a glance, 2034',
    '                        Arnhold     Belmere     Castry      Group',
    '  Staff                     412         308        197        917',
    '  Loading bays               14           9          6         29',
    '  Loading bays with solar    14           7          6         27',
    '',
    claim,
  ].join('\n');

function findings(text: string): [string | undefined, string | undefined, string, number[]][] {
  const facts = checkedFacts(extractDocument(docFromText(text), { year: 2034 })).map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'coverage.full-claim')
    .map((f) => [f.expected, f.actual, f.severity, f.source.map((s) => s.line ?? 0)]);
}

describe('a claim that all of a counted population has a feature, against the table counting it', () => {
  it('warns when a row of two counts gives fewer fitted than the claimed population', () => {
    const claim = 'All of our 17 owned barges are fitted with exhaust gas cleaning units, cutting sulphur.';
    expect(findings(FLEET(claim))).toEqual([['13', '17', 'warning', [6, 3]]]);
  });

  it('warns when the feature row under the population row counts fewer in the same column', () => {
    const claim = 'Rooftop solar now runs at all 29 of our loading bays, so no bay draws grid power by day.';
    expect(findings(DEPOTS(claim))).toEqual([['27', '29', 'warning', [7, 5, 4]]]);
  });

  it('reads a Chinese claim of every counted bay', () => {
    const zh = [
      '2034年场站一览',
      '                        甲站        乙站       合计',
      '  装卸位                   14           9         23',
      '  配备光伏的装卸位         14           7         21',
      '',
      '目前全部23个装卸位均已配备光伏，实现日间零外购电。',
    ].join('\n');
    expect(findings(zh)).toEqual([['21', '23', 'warning', [6, 4, 3]]]);
  });

  it('is silent when the table agrees with the claim', () => {
    const claim = 'All 17 owned barges have an onshore charging socket.';
    const agreeing = FLEET(claim).replace(/(socket\s+)6/u, '$117');
    expect(findings(agreeing)).toEqual([]);
  });

  it.each([
    // The row names a feature the clause does not.
    'All of our 17 owned barges are fitted with ballast water systems.',
    // A denied or narrowed claim.
    'Not all 17 owned barges are fitted with exhaust gas cleaning units.',
    'All 17 owned barges except four are fitted with exhaust gas cleaning units.',
    // A count the table does not print for the population: another population.
    'All 12 of our chartered barges are fitted with exhaust gas cleaning units.',
    // No count: nothing to set against the table.
    'All of our owned barges are fitted with exhaust gas cleaning units.',
  ])('is silent on "%s"', (claim) => {
    expect(findings(FLEET(claim))).toEqual([]);
  });

  it('is silent when the population row counts another number than the claim', () => {
    const claim = 'Rooftop solar now runs at all 31 of our loading bays.';
    expect(findings(DEPOTS(claim))).toEqual([]);
  });
});
