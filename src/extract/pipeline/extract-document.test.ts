import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import type { Doc } from '../document/index.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from './extract-document.js';

const REPORT = [
  'Example Holdings Limited',
  '2022 Environmental, Social and Governance Report',
  'This Report covers the period from 1 January 2022 to 31 December 2022 and is prepared under the ESG Reporting Guide in Appendix 27.',
  '4.1. Employment Management',
  'As at 31 December 2022, we had a total of 1,200 full-time employees, and 35 new volunteers joined.',
  'Category\t\tNumber of employees\tEmployee turnover*',
  'Gender\tMale\t700\t12%',
  '\tFemale\t500\t9%',
  'In the past three years, the Group had no work-related fatalities.',
  'Aspects\tDescriptions\tChapter',
  'B1.1\tTotal workforce by gender.\t4.1. Employment Management',
  'B1.2\tEmployee turnover rate by gender.\t4.1. Employment Management',
  'B2.1\tNumber and rate of work-related fatalities.\t4.1. Employment Management',
  'B5.1\tNumber of suppliers by geographical region.\tNot applicable',
  'B8.2\tResources contributed.\t/',
].join('\n');

describe('extractDocument', () => {
  it('reads a small report end to end', () => {
    const out = toSpecOutput(extractDocument(docFromText(REPORT, 'example.txt')));
    expect(out.document).toMatchObject({
      company: 'Example Holdings Limited',
      reportYear: 2022,
      frameworks: ['HKEX-2020'],
    });
    const rows = out.facts.map((f) => [
      f.source.line,
      f.metric,
      f.reported.value,
      f.year,
      f.dims.gender ?? '',
    ]);
    expect(rows).toEqual(
      [
        [7, 'workforce.total', 700, 2022, 'male'],
        [7, 'turnover.rate', 12, 2022, 'male'],
        [8, 'workforce.total', 500, 2022, 'female'],
        [8, 'turnover.rate', 9, 2022, 'female'],
        [5, 'workforce.total', 1200, 2022, ''],
        [5, 'community.volunteers', 35, 2022, ''],
        [9, 'safety.fatalities', 0, 2022, ''],
        [9, 'safety.fatalities', 0, 2021, ''],
        [9, 'safety.fatalities', 0, 2020, ''],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(out.facts.find((f) => f.reported.value === 12)?.codes).toEqual(['HKEX:B1.2']);
    expect(out.index.map((e) => [e.code, e.status])).toEqual([
      ['HKEX:B1.1', 'reported'],
      ['HKEX:B1.2', 'reported'],
      ['HKEX:B2.1', 'reported'],
      ['HKEX:B5.1', 'not_applicable'],
      ['HKEX:B8.2', 'omitted'],
    ]);
  });

  it("codes a figure in the report's framework version, else with another framework's code", () => {
    const text = [
      'Sample Shipping Limited',
      '2023 ESG Report, prepared under the ESG Reporting Guide in Appendix 27.',
      'Indicator\tUnit\t2023',
      'Direct emissions (Scope 1)\ttCO2e\t415.5',
      'Other indirect emissions (Scope 3)\ttCO2e\t72.25',
    ].join('\n');
    const out = toSpecOutput(extractDocument(docFromText(text, 'sample.txt')));
    expect(out.facts.map((f) => [f.reported.value, f.codes])).toEqual([
      [415.5, ['HKEX:A1.2']],
      // The 2020 Guide has no Scope 3 KPI (the Appendix C2 climate item is another version): GRI's code.
      [72.25, ['GRI:305-3']],
    ]);
  });

  it('takes the report year from the caller when the report states none', () => {
    const out = toSpecOutput(extractDocument(docFromText('We trained 40 employees.'), { year: 2019 }));
    expect(out.facts.map((f) => [f.reported.value, f.year])).toEqual([[40, 2019]]);
    const none = extractDocument(docFromText('We trained 40 employees.'));
    expect(none.facts).toEqual([]);
    expect(none.warnings[0]).toContain('--year');
  });

  it('never throws on arbitrary text, and every fact points at a line of it', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '2021',
        '2022',
        '202',
        '1,335',
        '9.7%',
        '-',
        'N/A',
        'Male',
        'By gender',
        'tCO $_2$ e',
        '<sup>3</sup>',
        'no fatalities',
        'Туре',
      ),
      fc.double({ noNaN: true }).map(String),
    );
    const line = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join('\t'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const doc: Doc = {
          source: 'arbitrary.txt',
          kind: 'text',
          sha256: '0'.repeat(64),
          lines: lines.flatMap((text, i) =>
            text.trim() === ''
              ? []
              : [{ no: i + 1, text, cells: text.split('\t').map((t) => ({ text: t })) }],
          ),
        };
        const result = extractDocument(doc, { year: 2022 });
        for (const f of toSpecOutput(result).facts) expect(f.source.line).toBeLessThanOrEqual(lines.length);
      }),
      { numRuns: 150 },
    );
  });

  it('bounds its work on hostile input', () => {
    const longNumbers = Array.from({ length: 4000 }, (_v, i) => `${String(i)},${String(i)}`).join(' ');
    const parens = '('.repeat(5000) + '1 ton' + ')'.repeat(5000);
    const manyRows = Array.from(
      { length: 5000 },
      (_v, i) => `Row ${String(i)}\t${String(i)}.5\t${String(i)}`,
    ).join('\n');
    const text = [longNumbers, parens, 'no no no no no no no no fatalities '.repeat(300), manyRows].join(
      '\n',
    );
    const started = performance.now();
    const result = extractDocument(docFromText(text), { year: 2022 });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(Array.isArray(result.facts)).toBe(true);
  });
});
