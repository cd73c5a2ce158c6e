import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('a plain mass bracketed after a gas', () => {
  it('reads tonnes after "The CO2 from burning X (" as tonnes of CO2', () => {
    const text =
      'The CO2 from burning bagasse (8,412.6 tonnes in 2024) is biogenic and kept outside Scope 1.';
    expect(figuresOf(text)).toContainEqual({ value: '8412.6', unit: 'tonnes CO2', year: 2024 });
  });

  it('reads a GHG subject as CO2 equivalent and leaves a fuel bracketed after its own name alone', () => {
    const ghg = 'Our GHG emissions from the vessel fleet (2,306 tonnes) fell as routes shortened.';
    const fuel = 'Boilers burnt wood pellets (3,180 tonnes), which release CO2 that is biogenic.';
    expect(figuresOf(ghg)).toContainEqual({ value: '2306', unit: 'tonnes CO2e', year: 2024 });
    expect(figuresOf(fuel)).toContainEqual({ value: '3180', unit: 'tonnes', year: 2024 });
  });
});
