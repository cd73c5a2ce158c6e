// Extraction and check together on a headcount table printed with gender columns in another language
// (Portuguese, French) and a "% of total" row under its total: the columns are genders, the row is
// each gender's share of the headcount, and a share that is not its count over the total is an error.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const HEAD = ['Usina Serra Azul S.A.', 'This report covers the year ended 31 December 2025.', ''];

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const table = (women: string, men: string, womenShare: string) =>
  [
    ...HEAD,
    'Quadro 4  Colaboradores por categoria / Employees by category, 2025',
    '',
    `Categoria                                       ${women}       ${men}          Total`,
    '-----------------------------------------------------------------------------------------',
    'Diretoria / Executives                                4             13               17',
    'Operadores / Operators                              118            503              621',
    'Técnicos / Technicians                               61            140              201',
    'Auxiliares / Auxiliary staff                         97             44              141',
    'Total                                               280            700              980',
    `% do total / % of total                            ${womenShare}           71,4            100,0`,
    '-----------------------------------------------------------------------------------------',
  ].join('\n');

describe('headcount columns by gender in another language', () => {
  it('read "Mulheres | Homens" and "Femmes | Hommes" as the gender of each column', () => {
    for (const [women, men] of [
      ['Mulheres', '  Homens'],
      ['  Femmes', '  Hommes'],
    ] as const) {
      const totals = extract(table(women, men, '28,6'))
        .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 12)
        .map((f) => [f.metric, f.dims.gender, f.quantity.value.toString()]);
      expect(totals).toEqual([
        ['workforce.total', 'female', '280'],
        ['workforce.total', 'male', '700'],
        ['workforce.total', undefined, '980'],
      ]);
    }
  });

  it('read the rows as staff categories and the "% of total" row as shares', () => {
    const facts = extract(table('Mulheres', '  Homens', '28,6'));
    const at = (line: number) =>
      facts.filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line);
    expect(at(9).map((f) => f.dims.employee_category)).toEqual(Array(3).fill('operadores / operators'));
    expect(at(13).map((f) => [f.metric, f.quantity.unit.symbol, f.dims.gender])).toContainEqual([
      'workforce.share',
      '%',
      'female',
    ]);
  });

  it('err on a share that is not its gender count over the total', () => {
    const rules = (share: string) =>
      checkFacts({ facts: extract(table('Mulheres', '  Homens', share)) })
        .findings.filter((f) => f.severity === 'error')
        .map((f) => [f.rule, f.expected, f.actual]);
    // 280 / 980 = 28.57%, printed 32.6.
    expect(rules('32,6')).toEqual([['share.count', '28.57', '32.6']]);
    expect(rules('28,6')).toEqual([]);
  });
});
