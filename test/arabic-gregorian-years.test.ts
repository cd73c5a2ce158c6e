// An Arabic report's tables as a PDF-to-text tool prints them: figures first and the label, set at the right,
// last; the years marked Gregorian with a glued م ("2031م", in ASCII or Arabic-Indic digits); units in
// Arabic words (طن متري, طن مكافئ CO2, كجم). Invented company and figures.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = [
  '                                              تقرير الاستدامة لعام 2031م',
  '                                                   جدول 3: الانبعاثات والنفايات',
  '       2029م          2030م          2031م        الوحدة                المؤشر',
  '  ----------------------------------------------------------------------------',
  '     1,204,500      1,187,300      1,152,900     طن مكافئ CO2      انبعاثات النطاق 1',
  '        88,140         90,260         91,480     طن مكافئ CO2      انبعاثات النطاق 2',
  '         214.6          208.3          199.7       طن متري        النفايات الخطرة',
  '',
  '                                                   جدول 4: الموظفون',
  '       ٢٠٢٩م          ٢٠٣٠م          ٢٠٣١م        الوحدة                المؤشر',
  '  ----------------------------------------------------------------------------',
  '         ٢٬٠١٤          ٢٬٠٨٨          ٢٬١٣٥        موظف          إجمالي الموظفين',
].join('\n');

const read = () =>
  extractDocument(docFromText(REPORT, 'arabic-years.txt')).facts.map((f) => [
    f.fact.metric,
    f.fact.period.year,
    f.fact.quantity.value.toString(),
    f.fact.quantity.unit.symbol,
  ]);

describe('an Arabic report with its Gregorian years marked م', () => {
  it('reads each column under its year, in ASCII and in Arabic-Indic digits', () => {
    expect(read()).toEqual(
      expect.arrayContaining([
        ['ghg.scope1', 2029, '1204500', 'tCO2e'],
        ['ghg.scope1', 2031, '1152900', 'tCO2e'],
        ['ghg.scope2', 2030, '90260', 'tCO2e'],
        ['waste.hazardous', 2031, '199.7', 't'],
        ['workforce.total', 2029, '2014', 'persons'],
        ['workforce.total', 2031, '2135', 'persons'],
      ]),
    );
  });
});
