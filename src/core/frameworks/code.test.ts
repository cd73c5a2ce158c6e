import { describe, expect, it } from 'vitest';
import { normaliseCode, parseQualifiedCode, qualify } from './code.js';
import { findItem } from './find-item.js';

describe('normaliseCode', () => {
  it.each([
    ['KPI A1.2', 'HKEX:A1.2'],
    ['A1.2', 'HKEX:A1.2'],
    ['HKEX:B8.2', 'HKEX:B8.2'],
    ['HKEX KPI b3.1', 'HKEX:B3.1'],
    ['KPI A2.5:', 'HKEX:A2.5'],
    ['Aspect B1', 'HKEX:B1'],
    ['Aspect A1: Emissions', 'HKEX:A1'],
    ['B2 Health and Safety', 'HKEX:B2'],
    ['A1 General Disclosure', 'HKEX:A1.GD'],
    ['General Disclosure B7', 'HKEX:B7.GD'],
    ['A4.GD', 'HKEX:A4.GD'],
    ['Governance Structure', 'HKEX:MDR.governance'],
    ['reporting boundary', 'HKEX:MDR.boundary'],
    ['D.28', 'HKEX:D.28'],
    ['Part D paragraph 19', 'HKEX:D.19'],
    ['D28.scope3', 'HKEX:D.28.scope3'],
    ['D.metrics.ghg.scope1', 'HKEX:D.metrics.ghg.scope1'],
    ['HKEX:D.Strategy.Resilience', 'HKEX:D.strategy.resilience'],
    ['GRI 305-1', 'GRI:305-1'],
    ['GRI:2-27', 'GRI:2-27'],
    ['Disclosure 2-7', 'GRI:2-7'],
    ['305–4', 'GRI:305-4'],
    ['2-30', 'GRI:2-30'],
    ['GRI 403-9-a', 'GRI:403-9'],
    ['GRI 305: Emissions 2016', 'GRI:305'],
    ['GRI201: Economic Performance 2016', 'GRI:201'],
  ])('%s → %s', (text, expected) => {
    expect(normaliseCode(text)).toBe(expected);
  });

  it.each([
    '',
    'General Disclosure',
    '2022-23',
    '5.1 Green Operation',
    'A9.1',
    'Environmental',
    '305',
    '12-5',
  ])('reads %j as no code', (text) => {
    expect(normaliseCode(text)).toBeUndefined();
  });
});

describe('qualified codes', () => {
  it('splits and joins prefix and code', () => {
    expect(parseQualifiedCode('GRI:305-1')).toEqual({ prefix: 'GRI', code: '305-1' });
    expect(parseQualifiedCode('HKEX:A1.GD')).toEqual({ prefix: 'HKEX', code: 'A1.GD' });
    expect(qualify('HKEX', 'B6.5')).toBe('HKEX:B6.5');
  });

  it('refuses unknown prefixes, missing codes and spaces', () => {
    expect(parseQualifiedCode('SASB:TC-SI-130a.1')).toBeUndefined();
    expect(parseQualifiedCode('GRI:')).toBeUndefined();
    expect(parseQualifiedCode('HKEX:A1 .2')).toBeUndefined();
    expect(parseQualifiedCode('A1.2')).toBeUndefined();
  });
});

describe('findItem', () => {
  it('finds an item by qualified code or as a report prints it', () => {
    const scope1 = findItem('GRI:305-1');
    expect(scope1?.framework.id).toBe('gri-2021');
    expect(scope1?.item.parent).toBe('305');
    const kpi = findItem('KPI B2.2');
    expect(kpi?.qualified).toBe('HKEX:B2.2');
    expect(kpi?.item.quantitative).toBe(true);
  });

  it('looks in the catalogue asked for, and finds Part D only in the 2025 Code', () => {
    expect(findItem('HKEX:A1.2', 'hkex-2020')?.item.kind).toBe('kpi');
    expect(findItem('HKEX:A1.2', 'hkex-c2')).toBeUndefined();
    expect(findItem('HKEX:A1.GD', 'hkex-c2')?.item.title).not.toMatch(/greenhouse/i);
    expect(findItem('HKEX:D.metrics.ghg.scope2')).toMatchObject({
      framework: { id: 'hkex-c2' },
      item: { level: 'mandatory' },
    });
  });

  it('returns undefined for codes no catalogue has', () => {
    expect(findItem('GRI:102-8')).toBeUndefined();
    expect(findItem('HKEX:B9.1')).toBeUndefined();
    expect(findItem('not a code')).toBeUndefined();
  });
});
