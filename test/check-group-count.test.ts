// Extraction and check together on a sentence (or a table row) counting the people of a named group who
// took part in something: they cannot outnumber the group's row in the headcount table, in English or in
// Spanish, whether the sentence names one group, a list of groups (their rows added) or the group names a
// row only by part of its label.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function groupFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'count.group')
    .map((f) => [f.severity, f.actual, f.expected]);
}

const english = (sentence: string) =>
  [
    'Brannock Valve Works, Inc.',
    'FY2030 Sustainability Data Supplement',
    '',
    'Table 7  Workforce by job level and gender, FY2030',
    '',
    'Job level                                   Male      Female       Total',
    '-------------------------------------------------------------------------',
    'Senior Leaders and Directors                  41          17          58',
    'Team/Shift-Level Supervisors                 203          61         264',
    'Technical Specialists                        512         188         700',
    'All job levels                               756         266       1,022',
    '-------------------------------------------------------------------------',
    '',
    sentence,
    '',
  ].join('\n');

const spanish = (sentence: string) =>
  [
    'Molinos del Altiplano S.A.',
    'Reporte de Sostenibilidad 2030',
    '',
    'Cuadro 3. Colaboradores por cargo y género, 2030',
    '',
    'Cargo                                   Mujeres     Hombres       Total',
    '-------------------------------------------------------------------------',
    'Gerentes                                      6          19          25',
    'Jefaturas                                    31          87         118',
    'Analistas                                    74          66         140',
    'Operarios                                   102         611         713',
    'Total                                       213         783         996',
    '-------------------------------------------------------------------------',
    '',
    sentence,
    '',
  ].join('\n');

describe('people of a named group who took part', () => {
  it('are checked against the row naming their group, in the row’s own words or fewer', () => {
    const sentence = (n: string) =>
      `In FY2030, ${n} of our team- and shift-level supervisors completed the new coaching curriculum.`;
    expect(groupFindings(english(sentence('281')))).toEqual([['warning', '281', '≤ 264']]);
    expect(groupFindings(english(sentence('249')))).toEqual([]);
  });

  it('add the rows of every group a Spanish sentence lists, and read its leaders as people', () => {
    const sentence = (n: string) =>
      `Durante 2030, ${n} gerentes y jefaturas participaron en el taller de liderazgo seguro.`;
    expect(groupFindings(spanish(sentence('151')))).toEqual([['warning', '151', '≤ 143']]);
    expect(groupFindings(spanish(sentence('137')))).toEqual([]);
  });

  it('say nothing when the sentence lists a group no row names', () => {
    expect(
      groupFindings(
        spanish('Durante 2030, 151 gerentes y supervisores de turno participaron en el taller de liderazgo.'),
      ),
    ).toEqual([]);
  });
});

const staffTable = (reviewed: string, sentence: string) =>
  [
    'Kestrel Orchards Ltd',
    'Sustainability Report 2030',
    '',
    'People data                                   Unit          2029        2030',
    'Permanent employees - women                   headcount      611         642',
    'Permanent employees - men                     headcount      703         719',
    'Total permanent employees                     headcount    1,314       1,361',
    'Harvest pickers (peak)                        headcount    2,950       3,104',
    `Employees with a performance review           headcount    1,180     ${reviewed}`,
    '',
    sentence,
    '',
  ].join('\n');

describe('the whole staff taking part', () => {
  it('is checked against the row totalling the staff, here its permanent staff', () => {
    const none = 'Pickers are hired each season through labour contractors.';
    expect(groupFindings(staffTable('1,402', none))).toEqual([['warning', '1402', '≤ 1361']]);
    expect(groupFindings(staffTable('1,298', none))).toEqual([]);
    const sentence = 'In 2030 all 1,377 employees attended the annual food hygiene refresher.';
    expect(groupFindings(staffTable('1,298', sentence))).toEqual([['warning', '1377', '≤ 1361']]);
  });
});

const fieldTables = (sentence: string) =>
  [
    'Tarrant Haulage plc',
    'Sustainability Report 2030',
    '',
    'Table 2  Workforce by nationality and function, 31 December 2030',
    '                                          Local     Foreign      Total',
    'Office staff                                 180          41        221',
    'Yard crews (outdoor)                         512         131        643',
    'Total                                        692         172        864',
    '',
    'Table 6  Heat exposure',
    '                                                  2028      2029      2030',
    'Heat-alert days                                     41        45        52',
    'Outdoor workers (headcount)                        598       617       643',
    '',
    sentence,
    '',
  ].join('\n');

describe('a group printed in two tables, and counted after its verb', () => {
  it('is checked against the largest printing of the group, not their sum', () => {
    const sentence = (n: string) =>
      `In 2030 the hydration and first-aid course was completed by ${n} outdoor workers, i.e. by all of them.`;
    expect(groupFindings(fieldTables(sentence('702')))).toEqual([['warning', '702', '≤ 643']]);
    expect(groupFindings(fieldTables(sentence('631')))).toEqual([]);
  });
});

const siteTable = (sentence: string) =>
  [
    'Corran Aggregates Ltd',
    'Sustainability Report 2030',
    '',
    'Table 4  Workforce by site, 31 December 2030',
    '',
    'Site                          Employees     Contractors',
    '--------------------------------------------------------',
    'North pit                           914             377',
    'Harbour terminal                    402             145',
    'Total                             1,316             522',
    '--------------------------------------------------------',
    '',
    sentence,
    '',
  ].join('\n');

describe('contractors counted in all', () => {
  it('are checked against the contractors column’s total', () => {
    const sentence = (n: string) =>
      `Every contractor on our sites completed the two-day site induction in 2030: ${n} contractor workers in all.`;
    // 914 is also a site's employees: the sentence, naming no site, is not that cell restated.
    expect(groupFindings(siteTable(sentence('914')))).toEqual([['warning', '914', '≤ 522']]);
    expect(groupFindings(siteTable(sentence('507')))).toEqual([]);
  });
});
