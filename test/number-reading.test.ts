// End to end: numbers printed in ways the dev corpus lacks (OCR damage, footnote marks, the decimal
// comma, powers of ten as scales) are read through the whole extractor, tables and sentences alike.
import { describe, expect, it } from 'vitest';
import { extractDocument, toSpecOutput } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function factsOf(lines: readonly string[]): (string | number)[][] {
  const out = toSpecOutput(extractDocument(docFromText(lines.join('\n'), 'numbers.txt')));
  return out.facts.map((f) => [
    f.source.line ?? 0,
    f.metric ?? '',
    f.reported.value,
    f.reported.unit,
    f.year,
  ]);
}

describe('damaged numbers in a table', () => {
  it('reads every row, so one damaged cell no longer hides the table around it', () => {
    const facts = factsOf([
      'Tamsin Ferries Limited',
      '2024 ESG Report',
      'Indicator\tUnit\t2024\t2023',
      'Direct emissions (Scope 1)\ttCO2e\t4,3O8.6\t4,1l2.9',
      'Indirect emissions (Scope 2)\ttCO2e\t2l.5\tl,906',
      'Water consumption\tm3\t7 ,415\t6,902 .5',
      'Electricity consumption\tMWh\t3,288³\t17.5¹',
      'Total employees\tpersons\t512 [2]\t498 (a)',
    ]);
    expect(facts).toEqual([
      [4, 'ghg.scope1', 4308.6, 'tCO2e', 2024],
      [4, 'ghg.scope1', 4112.9, 'tCO2e', 2023],
      [5, 'ghg.scope2', 21.5, 'tCO2e', 2024],
      [5, 'ghg.scope2', 1906, 'tCO2e', 2023],
      [6, 'water.consumption', 7415, 'm3', 2024],
      [6, 'water.consumption', 6902.5, 'm3', 2023],
      [7, 'energy.electricity', 3288, 'MWh', 2024],
      [7, 'energy.electricity', 17.5, 'MWh', 2023],
      [8, 'workforce.total', 512, 'persons', 2024],
      [8, 'workforce.total', 498, 'persons', 2023],
    ]);
  });

  it('reads a power of ten in the unit column as its scale', () => {
    const facts = factsOf([
      'Hexi Cement Co., Ltd.',
      '2024 ESG Report',
      'Indicator\tUnit\t2024\t2023',
      'Water consumption\t10⁴ m³\t41.7\t39.2',
    ]);
    expect(facts).toEqual([
      [4, 'water.consumption', 41.7, '10,000 m3', 2024],
      [4, 'water.consumption', 39.2, '10,000 m3', 2023],
    ]);
  });
});

describe('damaged numbers in sentences', () => {
  it('reads the figure, not a fragment of it or its footnote', () => {
    const facts = factsOf([
      'Tamsin Ferries Limited',
      '2024 ESG Report',
      'In 2024, total electricity consumption was 2,6O7.3 MWh.',
      'In 2024, the Group had 1 ,318 employees.',
      'In 2024, Scope 1 emissions were 3,905 [4] tCO2e.',
      'In 2024, Scope 2 emissions were 642.8² tCO2e.',
    ]);
    expect(facts).toEqual([
      [3, 'energy.electricity', 2607.3, 'MWh', 2024],
      [4, 'workforce.total', 1318, 'employees', 2024],
      [5, 'ghg.scope1', 3905, 'tCO2e', 2024],
      [6, 'ghg.scope2', 642.8, 'tCO2e', 2024],
    ]);
  });
});

describe('a document that writes the decimal comma', () => {
  const table = [
    'Nordwerk Logistik AG',
    'Sustainability Report 2024',
    'Indicator\tUnit\t2024\t2023',
    'Direct emissions (Scope 1)\ttCO2e\t2.634,5\t2.587,25',
    'Electricity consumption\tMWh\t1.415.300\t1.388.040',
    'Proportion of female employees\t%\t38,4 %\t36,9 %',
    'Total employees\tpersons\t1.204\t1.176',
  ];

  it('reads "1.204" as 1204 and "38,4 %" as 38.4 when the whole document prints so', () => {
    expect(factsOf(table)).toEqual([
      [4, 'ghg.scope1', 2634.5, 'tCO2e', 2024],
      [4, 'ghg.scope1', 2587.25, 'tCO2e', 2023],
      [5, 'energy.electricity', 1415300, 'MWh', 2024],
      [5, 'energy.electricity', 1388040, 'MWh', 2023],
      [6, 'workforce.share', 38.4, '%', 2024],
      [6, 'workforce.share', 36.9, '%', 2023],
      [7, 'workforce.total', 1204, 'persons', 2024],
      [7, 'workforce.total', 1176, 'persons', 2023],
    ]);
  });

  it('keeps the decimal point where the document prints decimal points', () => {
    const pointed = factsOf([
      'Kestrel Mills plc',
      'Sustainability Report 2024',
      'Indicator\tUnit\t2024\t2023',
      'Direct emissions (Scope 1)\ttCO2e\t2,634.5\t2,587.25',
      'Total employees\tpersons\t1.204\t1,176',
    ]);
    expect(pointed.map((f) => f[2])).toEqual([2634.5, 2587.25, 1.204, 1176]);
  });
});
