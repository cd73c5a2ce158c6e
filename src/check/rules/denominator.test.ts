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

  it('reads a revenue denominator in any currency the registry knows, scaled codes and "¥" included', () => {
    const yen = readDenominator('net sales (¥100 million)');
    expect([yen.key, yen.toBase.toFixed()]).toEqual(['money:JPY', '100000000']);
    expect(readDenominator('per ¥ million of sales').key).toBe('money:JPY');
    const dirhams = readDenominator('KMAD of revenue');
    expect([dirhams.key, dirhams.toBase.toFixed()]).toEqual(['money:MAD', '1000']);
    expect(readDenominator('turnover (NOK million)').key).toBe('money:NOK');
    expect(readDenominator('net revenue (US$ million)').key).toBe('money:USD');
  });
});
