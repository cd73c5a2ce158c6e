// Extraction and check together: a sentence claims every one of a counted population has a feature, while a
// site table listing them one per row answers No, or prints a dash, for some. Invented mills and clinics.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { checkedFacts, extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

// A yes/no column; the biomass boiler answers n/a and is no kiln.
const MILLS = (claim: string, heading = ['Bag filter', 'upgraded']): string =>
  [
    claim,
    '',
    'Table 2  Kilns and boilers, 2036',
    `  Unit                       Clinker     Fuel          ${heading[0] ?? ''}`,
    `                             [kt]        [TJ]          ${heading[1] ?? ''}`,
    '  ---------------------------------------------------------------',
    '  Kiln 1 (Tamsworth)            612.4     2,410.6          Yes',
    '  Kiln 2 (Tamsworth)            588.0     2,366.1          Yes',
    '  Kiln 3 (Orrin Bay)            402.7     1,702.9           No',
    '  Biomass boiler                    –       214.0          n/a',
    '  Total                       1,603.1     6,693.6',
  ].join('\n');

// A column of figures with dashes; the head office row prints no patients.
const CLINICS = (claim: string): string =>
  [
    'Our clinics',
    '  Clinic                  Patients (000)    Electricity (MWh)    Rainwater harvested (m³)',
    '  Northgate               41.2              1,204.6              3,410',
    '  Elm Street              28.9                842.1              –',
    '  Riverside               35.6              1,016.3              2,875',
    '  Head office             –                   212.4              –',
    '  Total                   105.7             3,275.4              6,285',
    '',
    claim,
  ].join('\n');

function findings(text: string): [string | undefined, string | undefined, string, number[]][] {
  const facts = checkedFacts(extractDocument(docFromText(text), { year: 2036 })).map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'coverage.full-claim')
    .map((f) => [f.expected, f.actual, f.severity, f.source.map((s) => s.line ?? 0)]);
}

describe('a claim of every counted site against a site table listing them one per row', () => {
  it('warns when a yes/no column answers No for one of the claimed units', () => {
    const claim = 'Bag filters have now been upgraded on all three of our kilns, halving dust.';
    expect(findings(MILLS(claim))).toEqual([['2', '3', 'warning', [1, 3]]]);
  });

  it('reads an abbreviation the clause spells out in brackets', () => {
    const claim = 'Selective catalytic reduction (SCR) is fitted at all three of our kilns.';
    const mills = MILLS(claim, ['SCR', 'fitted']);
    expect(findings(mills)).toEqual([['2', '3', 'warning', [1, 3]]]);
  });

  it('warns when a column prints a dash for one of the claimed sites', () => {
    const claim = 'Rainwater is now harvested at each of our three clinics.';
    expect(findings(CLINICS(claim))).toEqual([['2', '3', 'warning', [9, 1]]]);
  });

  it.each([
    // Another feature than the column's.
    'Heat pumps are now fitted on all three of our kilns.',
    // Another count than the rows the column weighs.
    'Bag filters have now been upgraded on all four of our kilns.',
    // A denied claim.
    'Not all three of our kilns have upgraded bag filters.',
  ])('is silent on "%s"', (claim) => {
    expect(findings(MILLS(claim))).toEqual([]);
  });

  it('is silent when every unit answers Yes', () => {
    const claim = 'Bag filters have now been upgraded on all three of our kilns.';
    expect(findings(MILLS(claim).replace(/ No$/mu, 'Yes'))).toEqual([]);
  });
});
