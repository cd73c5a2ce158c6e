// trend.table-outlier on synthetic two-year tables: one row moving sevenfold while the others hold steady.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const table = (solvent: string, sludge = '612.40') =>
  [
    'Marlow Fen Coatings Ltd - Environmental Statement 2025',
    '',
    'Table 6  Releases and residues',
    '',
    'Item                                  Unit          2025         2024',
    '--------------------------------------------------------------------',
    'Nitrogen oxides (NOx)                 tonnes        14.62        15.08',
    'Sulphur dioxide (SO2)                 tonnes         1.97         2.11',
    'Particulate matter                    tonnes         0.84         0.79',
    `Solvent losses                        tonnes        ${solvent}         6.05`,
    `Sludge to landfill                    tonnes       ${sludge}       588.10`,
  ].join('\n');

const outliers = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.rule === 'trend.table-outlier',
  );

describe('a row jumping fivefold in a steady two-year table', () => {
  it('warns about the row that moved sevenfold', () => {
    const [found, ...rest] = outliers(table('42.37'));
    expect(rest).toEqual([]);
    expect([found?.severity, found?.source.map((s) => s.line)]).toEqual(['warning', [10]]);
    expect(found?.message).toContain('Solvent losses');
  });

  it('says nothing when every row holds steady', () => {
    expect(outliers(table('5.92'))).toEqual([]);
  });

  it('says nothing when two rows move a lot: the table itself changed', () => {
    expect(outliers(table('42.37', '4,012.60'))).toEqual([]);
  });
});
