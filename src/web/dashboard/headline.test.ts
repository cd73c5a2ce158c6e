import { describe, expect, it } from 'vitest';
import { factFixture } from '../testing/fact-fixture.js';
import { headlineValue, valueIn } from './headline.js';

const scope2 = { metric: 'ghg.scope2', dims: { scope2_method: 'location' }, unit: 'tCO2e' };

describe('headlineValue', () => {
  it('takes the organisation total with exactly the dimensions asked for', () => {
    const facts = [
      factFixture({ metric: 'ghg.scope2', dims: { scope2_method: 'market' }, value: '5511.02' }),
      factFixture({ metric: 'ghg.scope2', dims: { scope2_method: 'location' }, value: '5032.66' }),
      factFixture({ metric: 'ghg.scope2', dims: { scope2_method: 'location', site: 'A' }, value: '189.39' }),
    ];
    const h = headlineValue(facts, scope2, 2025);
    expect(h?.from).toBe('total');
    expect(h?.value.toFixed()).toBe('5032.66');
  });

  it('sums site figures exactly when there is no total, one per site', () => {
    const facts = [
      factFixture({ metric: 'safety.injuries', dims: { site: 'Shenzhen' }, value: '0.1', unit: 'count' }),
      factFixture({ metric: 'safety.injuries', dims: { site: 'Suzhou' }, value: '0.2', unit: 'count' }),
      factFixture({ metric: 'safety.injuries', dims: { site: 'Suzhou' }, value: '9', unit: 'count' }),
      factFixture({
        metric: 'safety.injuries',
        dims: { site: 'HK', gender: 'male' },
        value: '7',
        unit: 'count',
      }),
    ];
    const h = headlineValue(facts, { metric: 'safety.injuries', dims: {}, unit: 'count' }, 2025);
    expect(h?.from).toBe('sites');
    expect(h?.siteCount).toBe(2);
    expect(h?.value.toFixed()).toBe('0.3');
  });

  it('ignores other years, targets and rejected facts', () => {
    const spec = { metric: 'ghg.scope1', dims: {}, unit: 'tCO2e' };
    const facts = [
      factFixture({ year: 2024, value: '1' }),
      factFixture({ basis: 'target', value: '2' }),
      factFixture({ status: 'rejected', value: '3' }),
    ];
    expect(headlineValue(facts, spec, 2025)).toBeUndefined();
    expect(headlineValue(facts, spec, 2024)?.value.toFixed()).toBe('1');
  });

  it('converts to the card unit and skips facts of another dimension', () => {
    const spec = { metric: 'energy.total', dims: {}, unit: 'MWh' };
    const facts = [
      factFixture({ metric: 'energy.total', unit: 'tCO2e', value: '5' }),
      factFixture({ metric: 'energy.total', unit: 'kWh', value: '1234567' }),
    ];
    expect(headlineValue(facts, spec, 2025)?.value.toFixed()).toBe('1234.567');
  });
});

describe('valueIn', () => {
  it('is undefined for an unknown unit', () => {
    expect(valueIn(factFixture({ unit: 'florps' }), 'tCO2e')).toBeUndefined();
  });
});
