import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { classifyMention } from '../classify/index.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// A made-up water table split by business line, named only by its total row.
function read(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear: 2023, noise: findRunningHeaders(lines), skip: new Set() })
    .mentions;
}

describe('rows above a total in its unit', () => {
  const text = [
    'Resources\t2023\t2022',
    'Hotels (m³)\t52,310\t49,870',
    'Retail centres (m³)\t18,044\t19,302',
    'Logistics parks (m³)\t7,915\t8,260',
    'Total water withdrawal (m³)\t78,269\t77,432',
    'Paper (tonnes)\t212\t230',
  ].join('\n');

  it('are marked as parts of the total, but not the total itself or a row in another unit', () => {
    const found = read(text);
    expect(found.filter((m) => m.partOf !== undefined).map((m) => [m.line, m.value])).toEqual([
      [2, '52310'],
      [2, '49870'],
      [3, '18044'],
      [3, '19302'],
      [4, '7915'],
      [4, '8260'],
    ]);
    expect(found.find((m) => m.line === 4)?.partOf).toBe('water withdrawal');
  });

  it("take the total's metric, with the segment their label names, when their own words name none", () => {
    const part = read(text).find((m) => m.line === 3 && m.year === 2023);
    if (!part) throw new Error('row not read');
    const classified = classifyMention(part, ['gri-2021']);
    expect(classified.metric?.id).toBe('water.withdrawal');
    expect(classified.dims).toEqual({ segment: 'Retail centres' });
  });

  it('are not marked when only one row sits above the total', () => {
    const found = read(
      ['Item\t2023\t2022', 'Hotels (m³)\t52,310\t49,870', 'Total water withdrawal (m³)\t52,310\t49,870'].join(
        '\n',
      ),
    );
    expect(found.some((m) => m.partOf !== undefined)).toBe(false);
  });
});

describe('rows under a total printed over its parts', () => {
  // A made-up waste table: each total heads its parts, and the next total follows them.
  const text = [
    'Waste (tonnes)\t2024\t2023',
    'Total waste generated (tonnes)\t1,260.5\t1,198.0',
    'Paper and cardboard (tonnes)\t804.2\t771.4',
    'Food scraps (tonnes)\t456.3\t426.6',
    'Total waste recycled (tonnes)\t611.0\t590.2',
    'Paper and cardboard (tonnes)\t611.0\t590.2',
    'Total waste to landfill (tonnes)\t649.5\t607.8',
  ].join('\n');

  it('belong to the total above when they add up to it, not to the one below', () => {
    const marks = read(text)
      .filter((m) => m.year === 2024 && m.partOf !== undefined)
      .map((m) => [m.line, m.partOf]);
    expect(marks).toEqual([
      [3, 'waste generated'],
      [4, 'waste generated'],
      [6, 'waste recycled'],
    ]);
  });
});

describe('a total named before the word "total"', () => {
  it('takes the rows above it as its parts, each by what its dash names', () => {
    const text = [
      'Emissions\tUnit\t2023\t2022',
      'Scope 1 – boilers\ttCO2e\t4,120\t4,310',
      'Scope 1 – forklifts\ttCO2e\t655\t702',
      'Scope 1 total\ttCO2e\t4,775\t5,012',
    ].join('\n');
    const found = read(text);
    expect(found.filter((m) => m.partOf !== undefined).map((m) => [m.line, m.partOf])).toEqual([
      [2, 'Scope 1'],
      [2, 'Scope 1'],
      [3, 'Scope 1'],
      [3, 'Scope 1'],
    ]);
    const boilers = found.find((m) => m.line === 2);
    expect(boilers && classifyMention(boilers, ['gri-2021']).dims).toEqual({ segment: 'boilers' });
  });
});

describe('a total printed after a dash, in English or Macedonian ("– вкупно")', () => {
  it.each([
    ['Packaging – total', 'Packaging'],
    ['Амбалажа – вкупно', 'Амбалажа'],
  ])('takes the rows above "%s" as its parts', (total, subject) => {
    const text = [
      'Material\tUnit\t2023\t2022',
      'Cardboard\tt\t120.5\t118.0',
      'Jute\tt\t40.2\t39.5',
      `${total}\tt\t160.7\t157.5`,
    ].join('\n');
    const found = read(text);
    expect(found.filter((m) => m.partOf !== undefined).map((m) => [m.line, m.partOf])).toEqual([
      [2, subject],
      [2, subject],
      [3, subject],
      [3, subject],
    ]);
  });
});
