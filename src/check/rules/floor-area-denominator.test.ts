import { describe, expect, it } from 'vitest';
import { checkFacts } from '../check-facts.js';
import { printed } from '../testing/printed-fact.js';
import { intensityDenominatorRule } from './intensity-denominator.js';

// A made-up landlord: 360,000 m² of net lettable area, energy and GHG intensities per m² of it; the
// Scope 1 and 2 total is printed market-based only.
const per = 'm2 of net lettable area';
const area = printed({ metric: 'property.floor_area', value: '360000', unit: 'm2', year: 2022, line: 40 });
const energy = printed({ metric: 'energy.total', value: '25956', unit: 'MWh', year: 2022, line: 41 });
const energyIntensity = printed({
  metric: 'energy.intensity',
  value: '0.0721',
  unit: 'MWh',
  year: 2022,
  line: 42,
  dims: { denominator: per },
});
const ghg = printed({
  metric: 'ghg.scope1_2',
  value: '12600',
  unit: 'tCO2e',
  year: 2022,
  line: 43,
  dims: { scope2_method: 'market' },
});
const ghgIntensity = (value: string) =>
  printed({
    metric: 'ghg.intensity',
    value,
    unit: 'tCO2e',
    year: 2022,
    line: 44,
    dims: { denominator: per },
  });

const run = (facts: Parameters<typeof checkFacts>[0]['facts']) =>
  checkFacts({ facts, rules: [intensityDenominatorRule] }).findings;

describe('intensities per m² of floor area', () => {
  it('blame the one that implies another floor area than the printed one and the other intensities', () => {
    const found = run([area, energy, energyIntensity, ghg, ghgIntensity('0.0315')]);
    expect(found.map((f) => [f.severity, f.source[0]?.line])).toEqual([['warning', 44]]);
    expect(found[0]?.message).toMatch(/GHG|ghg/);
  });

  it('are quiet when they all divide by the printed floor area', () => {
    expect(run([area, energy, energyIntensity, ghg, ghgIntensity('0.0350')])).toEqual([]);
  });
});
