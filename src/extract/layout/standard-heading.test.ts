import { describe, expect, it } from 'vitest';
import { isStandardHeading } from './standard-heading.js';

describe('the heading of a column of disclosure codes', () => {
  it('names one or more standards, with or without a word after them', () => {
    for (const heading of [
      'ESRS',
      'GRI / ESRS',
      'ESRS & GRI',
      'HKEX KPI',
      'GRI Standard',
      'ESRS datapoints',
      ' SASB code ',
    ]) {
      expect(isStandardHeading(heading), heading).toBe(true);
    }
  });
  it('may be a bare "Reference"', () => {
    expect(isStandardHeading('References')).toBe(true);
    expect(isStandardHeading('Ref.')).toBe(true);
  });
  it('is no measure, unit or year', () => {
    for (const heading of ['MWh', 'GJ', '2025', 'Total', 'GRI 305-1', 'Scope 1']) {
      expect(isStandardHeading(heading), heading).toBe(false);
    }
  });
});
