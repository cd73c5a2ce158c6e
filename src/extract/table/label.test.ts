import { describe, expect, it } from 'vitest';
import { parentheticals, stripFootnotes, trailingParenthetical, withLabelDenominator } from './label.js';

describe('stripFootnotes', () => {
  it('removes footnote marks glued to labels', () => {
    expect(stripFootnotes('Employee turnover*')).toBe('Employee turnover');
    expect(stripFootnotes('Scope 19')).toBe('Scope 1');
    expect(stripFootnotes('Scope 1 + 21')).toBe('Scope 1 + 2');
    expect(stripFootnotes('Services2')).toBe('Services');
    expect(stripFootnotes('SF6 emissions')).toBe('SF6 emissions');
  });

  it('removes a note letter or number bracketed after the unit, so the unit stays last', () => {
    expect(stripFootnotes('Fuel oil used (GJ)(f)')).toBe('Fuel oil used (GJ)');
    expect(stripFootnotes('Refrigerant top-ups (kg) (12)')).toBe('Refrigerant top-ups (kg)');
    expect(stripFootnotes('Packaging intensity (kg/million revenue (RMB))')).toBe(
      'Packaging intensity (kg/million revenue (RMB))',
    );
  });
});

describe('parentheticals', () => {
  it('finds bracketed parts with nesting', () => {
    expect(trailingParenthetical('Packaging intensity (kg/million revenue (RMB))')).toBe(
      'kg/million revenue (RMB)',
    );
    expect(parentheticals('Total GHG emissions (Scope 1 and Scope 2) (tCO2e)')).toEqual([
      'Scope 1 and Scope 2',
      'tCO2e',
    ]);
    expect(trailingParenthetical('Male')).toBeUndefined();
  });
});

describe('withLabelDenominator', () => {
  it('adds the denominator a label names to its bracketed unit', () => {
    expect(withLabelDenominator('Waste per RMB million of sales (kg)', 'kg')).toBe('kg/RMB million sales');
    expect(withLabelDenominator('Waste generated (kg)', 'kg')).toBe('kg');
    expect(withLabelDenominator('Waste per employee (kg/person)', 'kg/person')).toBe('kg/person');
  });
});
