// A data centre's PUE is total facility energy over IT equipment energy (ISO/IEC 30134-2): a PUE printed
// beside both energies of its year and boundary must be their ratio. Invented tables and figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

/** A group's data-centre table of 2031 and 2030, with the 2031 PUE as given. */
const groupTable = (pue: string) =>
  [
    'Harbourline Compute Limited                                   Sustainability Report 2031',
    '',
    'Table 2  Data centre energy                   2031          2030',
    '  IT equipment energy (MWh)               84,210.0      79,560.0',
    '  Total facility energy (MWh)            123,788.7     120,931.2',
    `  Power usage effectiveness (PUE)             ${pue}          1.52`,
    '',
    'Table 3  Energy consumption (MWh)              2031          2030',
    '  Purchased electricity                   124,412.0     121,720.4',
    '  Diesel                                      310.5         295.0',
    '  Total energy consumption                124,722.5     122,015.4',
  ].join('\n');

/** Two sites side by side, with the second site's PUE as given. */
const siteTable = (pue: string) =>
  [
    'Quayside Data Halls plc                                       ESG Report 2031',
    '',
    'Table 4  Operating data by site, 2031',
    '                                   North Hall        South Hall          Group',
    `  IT equipment energy (MWh)           40,120.0          22,480.0        62,600.0`,
    `  Total facility energy (MWh)         54,563.2          32,821.0        87,384.2`,
    `  PUE                                     1.36              ${pue}            1.40`,
  ].join('\n');

/** The group table, then a monthly PUE table whose columns are data halls named by code only. */
const withMonthlyTable = [
  groupTable('1.47'),
  '',
  'Table 5  Monthly PUE by hall, 2031',
  'Month           NH1       SH2     Group',
  'Jan             1.44      1.49     1.46',
  'Feb             1.45      1.50     1.47',
  'Full year       1.45      1.50     1.47',
].join('\n');

function pueFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'ratio.pue')
    .map((f) => [f.expected, f.actual, f.severity]);
}

describe('a PUE against its two energies', () => {
  it('flags a PUE that is not facility energy over IT energy (123,788.7 / 84,210.0 = 1.470)', () => {
    expect(pueFindings(groupTable('1.42'))).toEqual([['1.47', '1.42', 'error']]);
  });

  it('passes the ratio within its printed digits, and never divides the company-wide total energy', () => {
    // 120,931.2 / 79,560.0 = 1.52; the company's 122,015.4 MWh would give 1.53.
    expect(pueFindings(groupTable('1.47'))).toEqual([]);
  });

  it('checks each site against its own energies', () => {
    // South Hall: 32,821.0 / 22,480.0 = 1.460.
    expect(pueFindings(siteTable('1.51'))).toEqual([['1.46', '1.51', 'error']]);
    expect(pueFindings(siteTable('1.46'))).toEqual([]);
  });

  it('sets no PUE against the group energies when the year prints several PUEs its columns did not tell apart', () => {
    // The halls' full-year 1.45 and 1.50 carry no hall when the codes are not read as sites; only the
    // group's 1.47 (123,788.7 / 84,210.0) may be checked, and it holds.
    expect(pueFindings(withMonthlyTable)).toEqual([]);
  });
});
