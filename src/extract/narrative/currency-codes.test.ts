import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// Synthetic sentences naming amounts by the ISO 4217 code of a market beyond Greater China, as KRX,
// Bursa and SET reports print them. Every figure is invented.
describe('an ISO 4217 code before an amount in a sentence', () => {
  it('reads the amount in that currency with its scale', () => {
    expect(figuresOf('In 2025 we spent KRW 3,417 billion on new kilns.', 2025)).toContainEqual({
      value: '3417',
      unit: 'KRW billion',
      year: 2025,
    });
    expect(figuresOf('Community grants came to THB 18.6 million in 2025.', 2025)).toContainEqual({
      value: '18.6',
      unit: 'THB million',
      year: 2025,
    });
    expect(figuresOf('Grants to rural clinics came to HUF 731 million in 2025.', 2025)).toContainEqual({
      value: '731',
      unit: 'HUF million',
      year: 2025,
    });
    expect(figuresOf('Levies paid to the district came to ZMW 4,182 million in 2025.', 2025)).toContainEqual({
      value: '4182',
      unit: 'ZMW million',
      year: 2025,
    });
    expect(figuresOf('Our 2025 payroll came to OMR 38.4 million.', 2025)).toContainEqual({
      value: '38.4',
      unit: 'OMR million',
      year: 2025,
    });
  });
});

describe('a currency sign before or after an amount in a sentence', () => {
  it('reads the amount in that currency with its scale', () => {
    expect(
      figuresOf('Purchases from district suppliers came to ₮52,310.8 million in 2025.', 2025),
    ).toContainEqual({ value: '52310.8', unit: '₮ million', year: 2025 });
    expect(figuresOf('Relief paid to fishing crews was 214.6 ₮ million in 2025.', 2025)).toContainEqual({
      value: '214.6',
      unit: '₮ million',
      year: 2025,
    });
    expect(figuresOf('Grants to village schools reached ₴41.7 million in 2025.', 2025)).toContainEqual({
      value: '41.7',
      unit: '₴ million',
      year: 2025,
    });
  });
});

describe('a dollar sign after its country’s letters in a sentence', () => {
  it('reads the amount in that dollar, scale included', () => {
    expect(
      figuresOf('Freight paid to island hauliers reached TT$31.74 billion in 2025.', 2025),
    ).toContainEqual({
      value: '31.74',
      unit: 'TT$ billion',
      year: 2025,
    });
    expect(figuresOf('Grants to parish schools came to J$612.5 million in 2025.', 2025)).toContainEqual({
      value: '612.5',
      unit: 'J$ million',
      year: 2025,
    });
    expect(figuresOf('Outlays on the new wharf reached AU$ 48.2 million in 2025.', 2025)).toContainEqual({
      value: '48.2',
      unit: 'AU$ million',
      year: 2025,
    });
  });
});

describe('the letters a Gulf report prints for its currency in a sentence', () => {
  it('reads BD, RO and QR amounts with their scale', () => {
    expect(
      figuresOf('Spending on the desalination link came to BD 3.72 million in 2025.', 2025),
    ).toContainEqual({
      value: '3.72',
      unit: 'BD million',
      year: 2025,
    });
    expect(figuresOf('Wages paid in the interior reached RO 41.6 million in 2025.', 2025)).toContainEqual({
      value: '41.6',
      unit: 'RO million',
      year: 2025,
    });
    expect(figuresOf('Grants to the marine trust came to QR 2,150k in 2025.', 2025)).toContainEqual({
      value: '2150',
      unit: 'QR thousand',
      year: 2025,
    });
  });
});
