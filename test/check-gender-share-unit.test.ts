// Extraction and check together on a key-figures row that prints the gender in its unit cell ("% kvinner",
// "% women") and the group in its label ("i ledelsen", "in leadership"): the row is that gender's share of
// the managers, checked against a managers' row counted by gender, and a board's row is left alone.
// Invented tables and figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

/** A Norwegian report: key figures with the gender in the unit cell, a headcount table and managers by gender. */
function report(management: string, managersShare = '26,0 %'): string {
  return [
    'Fjordlys Maskin AS                                   Bærekraftsrapport 2031',
    '',
    'Nøkkeltall                                   Enhet          2031       2030',
    '  Kjønnsbalanse, alle ansatte                % kvinner      30,0       29,3',
    `  Kjønnsbalanse i ledelsen                   % kvinner      ${management}       27,0`,
    '  Kjønnsbalanse i styret                     % kvinner      40,0       40,0',
    '',
    'Ansatte per 31.12. (antall personer)                         2031       2030',
    '  Menn                                                       420        410',
    '  Kvinner                                                    180        170',
    '  Ansatte totalt                                             600        580',
    '',
    `Ledere                     Menn    Kvinner    Totalt    Andel kvinner`,
    `  Ledere 31.12.2031          37         13        50           ${managersShare}`,
  ].join('\n');
}

function shareFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'share.count')
    .map((f) => [f.expected, f.actual, f.severity]);
}

describe('a share row whose unit cell names the gender', () => {
  it('checks "i ledelsen | % kvinner" against the women among the managers (13 / 50 = 26.0%)', () => {
    expect(shareFindings(report('31,5'))).toEqual([['26', '31.5', 'error']]);
  });

  it('passes a share the managers give, and reads the whole-staff row as 180 / 600', () => {
    expect(shareFindings(report('26,0'))).toEqual([]);
  });

  it('takes the managers row without its own share too', () => {
    expect(shareFindings(report('31,5', '').replace('    Andel kvinner', ''))).toEqual([
      ['26', '31.5', 'error'],
    ]);
  });
});
