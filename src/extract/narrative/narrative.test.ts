import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';
import { mentionsOf } from './testing/read-mentions.js';
import { findZeroStatements } from './zero-statements.js';
import { splitSentences } from './sentences.js';

function figures(text: string, reportYear = 2021) {
  return mentionsOf(text, reportYear).map((m) => ({
    value: m.value,
    unit: m.unit,
    year: m.year,
    basis: m.basis,
  }));
}

describe('extractNarrative', () => {
  it('reads counts with their subject and shares with what they are of', () => {
    expect(
      figures(
        'As at 31 December 2021, the Group had a total of 259 technical personnel, accounting for 56.7% of its headcount.',
      ),
    ).toEqual([
      { value: '259', unit: 'technical personnel', year: 2021, basis: 'actual' },
      { value: '56.7', unit: '%', year: 2021, basis: 'actual' },
    ]);
  });
  it('keeps money with its printed scale and dates it by the sentence', () => {
    expect(figures('The Group paid taxes of RMB 7,215.40 (10,000).')).toEqual([
      { value: '7215.40', unit: 'RMB 10,000', year: 2021, basis: 'actual' },
    ]);
    expect(figures('In February 2020, we donated RMB600,000 and RMB 3.44 million in cash.')).toEqual([
      { value: '600000', unit: 'RMB', year: 2020, basis: 'actual' },
      { value: '3.44', unit: 'RMB million', year: 2020, basis: 'actual' },
    ]);
  });
  it('turns statements of no incidents into zeros, one per year of "the past three years"', () => {
    const found = figures('In the past three years, the Group had no work-related fatalities.', 2021);
    expect(found.map((f) => [f.value, f.year])).toEqual([
      ['0', 2021],
      ['0', 2020],
      ['0', 2019],
    ]);
  });
  it('keeps targets apart with their target years, pairing "respectively"', () => {
    expect(
      figures(
        'Capacity will grow to 600,000 tons and 900,000 tons by the end of 2025 and 2030 respectively.',
        2023,
      ),
    ).toEqual([
      { value: '600000', unit: 'tons', year: 2025, basis: 'target' },
      { value: '900000', unit: 'tons', year: 2030, basis: 'target' },
    ]);
  });
  it('reads a prior-year comparative printed in brackets', () => {
    expect(
      figures('The Group had 1,234 employees (2021: 1,100) and a turnover rate of 12% (2021: 9%).', 2022),
    ).toEqual([
      { value: '1234', unit: 'employees', year: 2022, basis: 'actual' },
      { value: '12', unit: '%', year: 2022, basis: 'actual' },
      { value: '1100', unit: 'employees', year: 2021, basis: 'actual' },
      { value: '9', unit: '%', year: 2021, basis: 'actual' },
    ]);
  });
  it('dates a figure by a year printed in brackets after it', () => {
    expect(
      figures('Scope 3 emissions were 2,207,000 mtCO2e (FY22) and 2,622,000 mtCO2e (FY21).', 2023).map(
        (f) => [f.value, f.year],
      ),
    ).toEqual([
      ['2207000', 2022],
      ['2622000', 2021],
    ]);
  });
  it('reads a sentence a fixed-width layout wrapped, on the line each number is printed on', () => {
    const lines = toReportLines(
      docFromText(
        [
          'Our Approach',
          'During the reporting year the Group operated three depots in the northern region and a',
          'total of 71 employees left the Group, while installed panels there produced roughly 1,530',
          'volunteer hours of community work were also logged by our staff in non-',
          'compliance reviews.',
        ].join('\n'),
      ),
    );
    const found = extractNarrative(lines, { reportYear: 2024, skip: new Set() }).mentions;
    expect(found.map((m) => [m.line, m.value, m.unit])).toEqual([
      [3, '71', 'employees who left'],
      [3, '1530', 'hours'],
    ]);
  });

  it('dates targets by the fiscal-year deadline printed after each figure', () => {
    expect(
      figures(
        'Taking FY2018/19 as the base year, we plan to cut energy intensity by 15% by FY2027/28 and waste by 35% by FY2031/32.',
        2024,
      ),
    ).toEqual([
      { value: '15', unit: '%', year: 2028, basis: 'target' },
      { value: '35', unit: '%', year: 2032, basis: 'target' },
    ]);
    expect(
      figures('We target a 27% cut in Scope 1 emissions by 2035 against a 2019 baseline.', 2024),
    ).toEqual([{ value: '27', unit: '%', year: 2035, basis: 'target' }]);
  });

  it('names counts of people by the verb after them and reads lost days printed before their unit', () => {
    expect(
      figures(
        'In FY2023/24, 58 employees resigned and 33 staff joined us, and 9 injuries led to 212 lost days.',
        2024,
      ),
    ).toEqual([
      { value: '58', unit: 'employees who left', year: 2024, basis: 'actual' },
      { value: '33', unit: 'new staff', year: 2024, basis: 'actual' },
      { value: '9', unit: 'injuries', year: 2024, basis: 'actual' },
      { value: '212', unit: 'days', year: 2024, basis: 'actual' },
    ]);
  });

  it('dates comparatives by the year after them and skips an undated starting point', () => {
    expect(
      figures('The Group employed 2,345 people in 2023, compared with 2,101 in FY2021/22.', 2023),
    ).toEqual([
      { value: '2345', unit: 'people', year: 2023, basis: 'actual' },
      { value: '2101', unit: 'people', year: 2022, basis: 'actual' },
    ]);
    expect(figures('Headcount was 812 people, up from 790 in the previous year.', 2023)).toEqual([
      { value: '812', unit: 'people', year: 2023, basis: 'actual' },
      { value: '790', unit: 'people', year: 2022, basis: 'actual' },
    ]);
    expect(figures('Water use decreased from 61,200 m3 to 57,900 m3.', 2023)).toEqual([
      { value: '57900', unit: 'm3', year: 2023, basis: 'actual' },
    ]);
  });

  it('skips years, dates, codes, ranks, ages, durations and phone numbers', () => {
    const text = [
      'In 2019, on 31 December, ISO 14001 and GB/T 2589-2020 applied to employees under 30 years old.',
      'We ranked 23rd in the Top 50 list, won 5 champions and answer within 24 hours; Tel: 010-66536198.',
      'The Group implements 5 working days and a 13-level structure for 2 consecutive years.',
    ].join('\n');
    expect(figures(text)).toEqual([]);
  });
});

describe('stated changes', () => {
  function changes(text: string, reportYear = 2024) {
    const lines = toReportLines(docFromText(text));
    return extractNarrative(lines, { reportYear, skip: new Set() }).changes.map((c) => ({
      value: c.mention.value,
      of: c.of.label,
      direction: c.direction,
      since: c.since,
    }));
  }

  it('reads a percentage with a direction and a subject or the figure before it', () => {
    expect(
      changes(
        'Hazardous waste was 14.2 tonnes, down 9% year on year. Total energy use rose by 4.5% compared with FY2018/19.',
      ),
    ).toEqual([
      { value: '9', of: 'Hazardous waste was 14.2 tonnes', direction: 'decrease', since: undefined },
      { value: '4.5', of: 'Total energy use', direction: 'increase', since: 2019 },
    ]);
  });

  it('leaves savings, targets, levels and parts of the group alone', () => {
    const text = [
      'Compared with older boilers, coal use has been reduced by about 38%.',
      'We plan to reduce water use by 12% by 2028 compared with 2022.',
      'Recycling rose to 64% in 2024.',
      'Diesel use at the Foshan plant decreased by 21% during the year.',
    ].join('\n');
    expect(changes(text)).toEqual([]);
  });
});

describe('parental leave in prose (GRI 401-3)', () => {
  it('names counts of people by the leave they took and the part of them that returned', () => {
    const text = [
      'During 2022, 37 staff went on paternity leave (all of them men), and 35 of them returned to work afterwards.',
      'Sixty per cent is no figure here; 64 employees took maternity leave, of whom 61 returned from leave by December 2022.',
    ].join('\n');
    expect(figures(text, 2022).map((f) => [f.value, f.unit])).toEqual([
      ['37', 'staff who went on paternity leave'],
      ['35', 'staff who returned to work'],
      ['64', 'employees who took maternity leave'],
      ['61', 'employees who returned from leave'],
    ]);
  });

  it('reads "of them" only after a count of people with a verb that names the part', () => {
    expect(figures('The Group ran 12 courses, and 9 of them were online.', 2022)).toEqual([
      { value: '12', unit: 'courses', year: 2022, basis: 'actual' },
    ]);
  });
});

describe('intensities in prose', () => {
  it('reads a figure whose subject is "per" something in that ratio unit, and the "per" amount as none', () => {
    const text = [
      'In 2022, the water use per RMB 1 million of sales was 3.85 cubic metres, a fall of 4.0% year on year.',
      'Electricity consumed per square metre of office area was 96.2 kWh in 2022.',
      'Waste per tonne of product reached 0.42 tonnes in 2022.',
    ].join('\n');
    expect(figures(text, 2022)).toEqual([
      { value: '3.85', unit: 'cubic metres / RMB 1 million', year: 2022, basis: 'actual' },
      { value: '96.2', unit: 'kWh / square metre', year: 2022, basis: 'actual' },
      { value: '0.42', unit: 'tonnes / tonne', year: 2022, basis: 'actual' },
    ]);
  });

  it('leaves a plain figure and money alone', () => {
    expect(
      figures('Water use was 3,850 cubic metres in 2022, and we spent RMB 2.1 million per year.', 2022),
    ).toEqual([
      { value: '3850', unit: 'cubic metres', year: 2022, basis: 'actual' },
      { value: '2.1', unit: 'RMB million', year: 2022, basis: 'actual' },
    ]);
  });
});

describe('findZeroStatements', () => {
  it('finds recorded zeros but not policies or aims', () => {
    expect(
      findZeroStatements('During the Reporting Period, there was no lawsuit related to corruption.'),
    ).toHaveLength(1);
    expect(findZeroStatements('No one in the Company suffered from occupational diseases.')).toHaveLength(1);
    expect(findZeroStatements('We have zero tolerance for corruption cases.')).toHaveLength(0);
    expect(findZeroStatements('We strive to ensure no accidents happen.')).toHaveLength(0);
    expect(findZeroStatements('It has no material impact.')).toHaveLength(0);
  });
});

describe('splitSentences', () => {
  it('does not split after abbreviations', () => {
    const s = splitSentences('Qingdao Co., Ltd. donated 5 devices. It also trained 30 staff (e.g. Mr. Li).');
    expect(s.map((x) => x.text)).toEqual([
      'Qingdao Co., Ltd. donated 5 devices.',
      'It also trained 30 staff (e.g. Mr. Li).',
    ]);
  });

  it("does not split after an era's initials before its year", () => {
    const s = splitSentences(
      'The factor was 0.51 for 2023 (B.E. 2566) and 0.49 for 2024 (B.E. 2567). It fell.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'The factor was 0.51 for 2023 (B.E. 2566) and 0.49 for 2024 (B.E. 2567).',
      'It fell.',
    ]);
  });

  it('splits before a capital of any alphabet', () => {
    const texts = (t: string): string[] => splitSentences(t).map((x) => x.text);
    expect(texts('Voda je klesla o 3 %. Čistírna běží od roku 2031.')).toEqual([
      'Voda je klesla o 3 %.',
      'Čistírna běží od roku 2031.',
    ]);
    expect(texts('Цех закрыт. Женщины составили 41%.')).toEqual(['Цех закрыт.', 'Женщины составили 41%.']);
    expect(texts('Η μονάδα έκλεισε. Σε σύγκριση με το 2030.')).toEqual([
      'Η μονάδα έκλεισε.',
      'Σε σύγκριση με το 2030.',
    ]);
    expect(texts('Die Anlage lief. Öl wurde ersetzt.')).toEqual(['Die Anlage lief.', 'Öl wurde ersetzt.']);
  });

  it('does not split after a currency abbreviation before its amount', () => {
    const s = splitSentences('The estate spent Rs. 218.4 Mn on clinics. KShs. 9,120 went to wells.');
    expect(s.map((x) => x.text)).toEqual([
      'The estate spent Rs. 218.4 Mn on clinics.',
      'KShs. 9,120 went to wells.',
    ]);
  });
});
