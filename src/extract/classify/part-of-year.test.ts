// Materials taken in (GRI 301-1), and a table printing a year's figure beside its quarters.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findMetricsByPhrase } from '../../core/index.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from '../pipeline/extract-document.js';

const best = (label: string) => findMetricsByPhrase(label)[0]?.metric.id;

describe('materials taken in for processing', () => {
  it.each([['Raw material intake (t)'], ['Intake of raw materials'], ['Milk intake, tonnes']])(
    'reads %s as materials used',
    (label) => {
      expect(best(label)).toBe('materials.used');
    },
  );

  it('reads a sentence on the tonnes of raw milk processed as materials used', () => {
    const text = 'In 2031 our creameries processed 612 905 t of raw milk from 2 480 farms.';
    const facts = toSpecOutput(extractDocument(docFromText(text))).facts;
    expect(facts.find((f) => f.reported.value === 612905)?.metric).toBe('materials.used');
  });
});

describe('a year printed beside its quarters', () => {
  it('gives the year column the metric and each quarter the metric with its quarter', () => {
    const text = [
      'Raw material intake by quarter (t)',
      'Year          Q1          Q2          Q3          Q4        Year',
      '2031         21 604      24 118      25 930      20 442      92 094',
      '2030         20 918      23 560      24 874      19 806      89 158',
    ].join('\n');
    const facts = toSpecOutput(extractDocument(docFromText(text))).facts;
    const of = (value: number) => facts.find((f) => f.reported.value === value)?.metric;
    expect(of(92094)).toBe('materials.used');
    expect(of(89158)).toBe('materials.used');
    const dims = (value: number) => facts.find((f) => f.reported.value === value)?.dims;
    expect(of(21604)).toBe('materials.used');
    expect(dims(21604)).toEqual({ quarter: 'Q1' });
    expect(dims(19806)).toEqual({ quarter: 'Q4' });
    expect(dims(92094)).toEqual({});
  });
});

describe('a Chinese table printing the year beside its quarters', () => {
  it('gives the 全年 column the year and each 季度 column its quarter, never a year of its own', () => {
    const text = [
      '2031年分季度用水情况',
      '  指标                单位         一季度      二季度      三季度      四季度        全年',
      '  新鲜水取水量        万立方米      52.40       61.85       70.12       48.63      233.00',
      '  工业用电量          万千瓦时   1,204.50    1,318.20    1,402.70    1,150.60    5,076.00',
    ].join('\n');
    const facts = toSpecOutput(extractDocument(docFromText(text))).facts;
    const at = (value: number) => facts.find((f) => f.reported.value === value);
    expect(at(233)?.year).toBe(2031);
    expect(at(233)?.dims).toEqual({});
    expect([at(52.4)?.dims, at(48.63)?.dims, at(1318.2)?.dims]).toEqual([
      { quarter: 'Q1' },
      { quarter: 'Q4' },
      { quarter: 'Q2' },
    ]);
    expect(at(52.4)?.year).toBe(2031);
  });
});
