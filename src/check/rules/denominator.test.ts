import { describe, expect, it } from 'vitest';
import { readDenominator } from './denominator.js';

describe('readDenominator', () => {
  it('groups people, floor area and revenue however they are printed', () => {
    expect(readDenominator('person').key).toBe('person');
    expect(readDenominator('per employee').key).toBe('person');
    expect(readDenominator('square metre')).toMatchObject({ key: 'area' });
    expect(readDenominator('square meter').key).toBe('area');
    const revenue = readDenominator('million revenue (RMB)');
    expect([revenue.key, revenue.toBase.toFixed()]).toEqual(['money:RMB', '1000000']);
    expect(readDenominator('RMB 10,000 of revenue').toBase.toFixed()).toBe('10000');
    expect(readDenominator('tonne of aluminium rods').key).toBe('mass');
    expect(readDenominator('batch of widgets').key).toBe('batch of widgets');
  });

  it('reads an area unit followed by the floor area it measures as floor area, in its unit', () => {
    expect(readDenominator('m2 GLA')).toMatchObject({ key: 'area' });
    const sqft = readDenominator('sq ft of net lettable area');
    expect([sqft.key, sqft.toBase.toFixed()]).toEqual(['area', '0.09290304']);
    expect(readDenominator("'000 m2 of gross floor area").toBase.toFixed()).toBe('1000');
    expect(readDenominator('tonne of floor tiles').key).toBe('mass');
  });
});
