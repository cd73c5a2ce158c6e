import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { regexWork } from '../../../test/support/regex-work.js';
import { DEFAULT_READ_LIMITS, readText, type Doc } from '../document/index.js';
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

  // Work is counted, not timed (test/support/regex-work.ts): a stopwatch flakes on a busy machine.
  it('bounds its work on hostile input: twice the input costs about twice the work', () => {
    // A block of hostile lines: one long run of numbers, deep brackets, a phrase repeated along a
    // line, and many table rows; blocks differ in their figures so none restates another.
    const block = (b: number): string[] => [
      Array.from({ length: 1000 }, (_v, i) => `${String(b * 7 + i)},${String(i + 3)}`).join(' '),
      '('.repeat(1500) + `${String(b + 1)} ton` + ')'.repeat(1500),
      `no no no no no no no fatalities in ${String(2000 + b)} `.repeat(30),
      ...Array.from(
        { length: 300 },
        (_v, i) => `Site ${String(b)}-${String(i)}\t${String(b * 1000 + i)}.5\t${String(i * 3 + b)}`,
      ),
      `Our depots used ${String(b * 13 + 400)} MWh of electricity in 2022.`,
    ];
    const work = (blocks: number) =>
      regexWork(() => {
        const text = Array.from({ length: blocks }, (_v, b) => block(b))
          .flat()
          .join('\n');
        return extractDocument(docFromText(text), { year: 2022 });
      });
    const two = work(2);
    const four = work(4);
    expect(Array.isArray(four.result.facts)).toBe(true);
    // Linear work doubles (measured 2.0); a pass over every earlier line for each line would quadruple.
    expect(four.calls / two.calls).toBeLessThan(2.3);
    expect(four.chars / two.chars).toBeLessThan(2.3);
  });

  it("does the same work on a line twice as long past the reader's line limit, which cuts it", () => {
    // A smaller limit than the default keeps the test quick; the cut is the same mechanism.
    const limits = { ...DEFAULT_READ_LIMITS, maxLineChars: 3000 };
    const line = (chars: number) =>
      'no lost-time injuries and 12,345 tonnes (of waste) '.repeat(Math.ceil(chars / 51)).slice(0, chars);
    const work = (chars: number) => {
      const doc = readText(new TextEncoder().encode(`Waste\n${line(chars)}\nEnd`), 'long.txt', limits);
      return regexWork(() => extractDocument(doc, { year: 2022 }));
    };
    work(limits.maxLineChars); // warms the catalogues' lazily built lookups, read once per process
    const over = work(limits.maxLineChars * 2);
    expect(work(limits.maxLineChars * 4).chars).toBe(over.chars);
    expect(over.calls).toBeGreaterThan(0);
  });
});
