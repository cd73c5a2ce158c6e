// Extraction and check together on a headcount table whose share row names women in the genitive or as
// one compound word ("Delež žensk", "Podiel žien", "Ponderea femeilor", "Frauenanteil", "Kadınların
// oranı"), not in the nominative of the count row above it: the share row takes the women's gender, so
// it is checked against the women's count over the total. Invented tables and figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

/** A headcount table of 2031 and 2030 (men, women, total, women's share) under a caption. */
function table(caption: string, [men, women, total, share]: readonly string[], printed: string): string {
  const row = (label = '', cells: string) => `${label.padEnd(37)}${cells}`;
  return [
    'Annual report 2031',
    '',
    `Table 2: ${caption}`,
    row('', '     2031      2030'),
    row(men, '      512       498'),
    row(women, '      188       190'),
    row(total, '      700       688'),
    row(share, `     ${printed}      27.6`),
  ].join('\n');
}

function shareFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'share.count')
    .map((f) => [f.expected, f.actual]);
}

describe('a share-of-women row in a case other than the count row', () => {
  it.each([
    ['Zaposleni na dan 31. 12.', ['Moški', 'Ženske', 'Skupaj', 'Delež žensk (%)']],
    ['Zamestnanci k 31. 12.', ['Muži', 'Ženy', 'Spolu', 'Podiel žien (%)']],
    ['Număr de angajați', ['Bărbați', 'Femei', 'Total', 'Ponderea femeilor (%)']],
    ['Beschäftigte zum 31.12.', ['Männer', 'Frauen', 'Gesamt', 'Frauenanteil (%)']],
    ['Çalışan sayısı', ['Erkek', 'Kadın', 'Toplam', 'Kadınların oranı (%)']],
  ] as const)('checks "%s" against women over the total', (caption, rows) => {
    // 188 / 700 = 26.86%: 31.2 is wrong, 26.9 is right.
    expect(shareFindings(table(caption, rows, '31.2'))).toEqual([['26.86', '31.2']]);
    expect(shareFindings(table(caption, rows, '26.9'))).toEqual([]);
  });

  it('leaves a German share of women in leadership or on the board to its own group', () => {
    for (const group of ['in Führungspositionen', 'im Aufsichtsrat']) {
      const rows = ['Männer', 'Frauen', 'Gesamt', `Frauenanteil ${group} (%)`];
      expect(shareFindings(table('Beschäftigte zum 31.12.', rows, '12.5'))).toEqual([]);
    }
  });
});
