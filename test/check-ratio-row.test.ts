// Extraction and check together on a table that prints a ratio row between its numerator and
// denominator rows, in a Spanish-English report with thousands units ("miles m³", "miles L"): the
// ratio is their quotient each year, and a year divided by another year's denominator is reported.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function ratioFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'intensity.table-row')
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0)), f.expected, f.actual]);
}

const table = (ratio2025: string) =>
  [
    'Cervecería Altiplano S.A.',
    'Reporte de Sostenibilidad 2025 / Sustainability Report 2025',
    '',
    'El consumo de agua bajó un 4,2 % y la tasa de reciclaje llegó a 91,5 %; el 38,0 % de la energía fue solar.',
    '',
    'Tabla 6.2  Agua / Water',
    '',
    'Indicador / Indicator                         Unidad          2023          2024          2025',
    '------------------------------------------------------------------------------------------------',
    'Agua captada / Water withdrawn                miles m³          941,8         922,4         907,5',
    '  de la cual en planta / of which brewery     miles m³          301,2         289,8         280,6',
    `Agua por litro envasado                       L/L                4,05          3,86     ${ratio2025.padStart(9)}`,
    'Envasado / Packaged volume                    miles L          74.370        75.080        77.930',
    '------------------------------------------------------------------------------------------------',
  ].join('\n');

describe('a ratio row between its numerator and denominator rows', () => {
  it('reports the year the rows do not give, naming the year whose denominator does', () => {
    // 280.6 / 77,930 = 3.601 L/L; printed 3,74 = 280.6 / 75,080 (the 2024 volume).
    const found = ratioFindings(table('3,74'));
    expect(found).toEqual([['warning', [12, 11, 13], '3.601', '3.74']]);
  });

  it('is quiet when every year is the quotient of its rows', () => {
    expect(ratioFindings(table('3,60'))).toEqual([]);
  });
});

// The production row is printed in the company profile, far above the water table whose ratio divides it.
const profileAndTable = (ratio2025: string) =>
  [
    'Highland Oats Ltd  Sustainability Report 2025',
    '',
    'Profile                                       Unit             2023          2024          2025',
    'Rolled oats produced                          tonnes         48,200        50,150        53,870',
    'Revenue                                       GBP million     112.4         118.9         126.2',
    '',
    ...Array.from(
      { length: 12 },
      (_, i) => `Paragraph ${i + 1} of the chair’s letter, with no figures in it.`,
    ),
    '',
    'Water                                         Unit             2023          2024          2025',
    'Total withdrawal                              m³            418,600       409,300       401,900',
    '  of which mill process water                 m³            236,420       231,710       228,460',
    `Process water intensity                       m³/t             4.905         4.620     ${ratio2025.padStart(9)}`,
  ].join('\n');

describe('a ratio row whose denominator is printed far from it', () => {
  it('finds the denominator row elsewhere in the report and reports the year it misses', () => {
    // 228,460 / 53,870 = 4.241 m³/t; printed 4.556 = 228,460 / 50,150 (the 2024 output).
    const found = ratioFindings(profileAndTable('4.556'));
    expect(found).toEqual([['warning', [23, 22, 4], '4.241', '4.556']]);
  });

  it('is quiet when every year is the quotient of its rows', () => {
    expect(ratioFindings(profileAndTable('4.241'))).toEqual([]);
  });
});
