import { describe, expect, it } from 'vitest';
import { figureOf } from '../precision/index.js';
import { printed } from '../testing/printed-fact.js';
import data from './figure-words.data.json' with { type: 'json' };
import { hypothetical, namedAsPart, ofTheGrid } from './figure-words.js';

const figure = (value: string, unit: string, quote: string) =>
  figureOf(printed({ metric: 'x', value, unit, year: 2024, line: 3, extraction: 'text', quote }));

// The sentence words come from figure-words.data.json, each list read where its entry says.
describe('figure-words.data.json', () => {
  it('makes an amount after each part word the main part of a whole', () => {
    for (const word of data.partBefore.words) {
      const quote = `Packaging waste was 912.6 t, ${word} cardboard (587.3 t).`;
      expect(namedAsPart(figure('587.3', 't', quote)), word).toBe(true);
      expect(namedAsPart(figure('912.6', 't', quote)), word).toBe(false);
    }
  });

  it('makes a percentage beside each grid phrase the grid’s share, the space any run of spaces', () => {
    for (const words of data.gridShare.words) {
      const quote = `Bought power came with the 37.9 % low-carbon share of the ${words.replace(' ', ' \n ')}.`;
      expect(ofTheGrid(figure('37.9', '%', quote)), words).toBe(true);
    }
    expect(ofTheGrid(figure('37.9', '%', 'Our 37.9 % share of grid power'))).toBe(false);
  });

  it('puts a sentence with each conditional word in a supposed case, a whole word only', () => {
    for (const word of data.conditional.words) {
      const quote = `At 95 €/tCO2e the cost ${word.toUpperCase()} be EUR 2.7 million.`;
      expect(hypothetical(figure('95', 'EUR/tCO2e', quote)), word).toBe(true);
      expect(hypothetical(figure('95', 'EUR/tCO2e', `At 95 €/tCO2e the ${word}x cost`)), word).toBe(false);
    }
  });
});
