import { describe, expect, it } from 'vitest';
import {
  parentheticals,
  stripFootnotes,
  trailingParenthetical,
  withLabelDenominator,
  withPerLabel,
} from './label.js';
import { tableMentions } from '../../../test/support/table-rows.js';

function read(text: string) {
  return tableMentions(text, 2025);
}

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

describe('a figure printed with its unit under a label naming a denominator', () => {
  it('reads the figure as a rate per that unit', () => {
    const found = read(
      [
        'Boiler house in brief',
        '                             2025        2024',
        '  Wood chips per MWh sent out     512 kg      498 kg',
      ].join('\n'),
    );
    expect(found.map((m) => m.unit)).toEqual(['kg/MWh', 'kg/MWh']);
  });

  it('leaves a per cent and a word no unit names alone', () => {
    expect(withPerLabel('Wood chips burnt, per cent dry', 'kg')).toBe('kg');
    expect(withPerLabel('Wood chips per shift', 'kg')).toBe('kg');
    expect(withPerLabel('Wood chips per tonne of board', 'kg/t')).toBe('kg/t');
  });
});
