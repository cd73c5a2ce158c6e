import { describe, expect, it } from 'vitest';
import { isGridBoughtRow, isGridFactorSentence, isGridNamedRow, isTotalRow } from './grid-words.js';

describe('grid words', () => {
  it('reads the grid in each language of the data file', () => {
    expect(isGridFactorSentence('Faktor emisije elektroenergetske mreže iznosi 0,62 kg CO2/kWh.')).toBe(true);
    expect(isGridFactorSentence('Der Emissionsfaktor des deutschen Stromnetzes lag bei 0,38 kg/kWh.')).toBe(
      true,
    );
    expect(isGridFactorSentence('Natural gas was burnt at 0.2 tCO2/MWh.')).toBe(false);
  });

  it('takes a Scope 2 sentence for the grid unless it names a market instrument or another carrier', () => {
    expect(isGridFactorSentence('Scope 2 applies 0.52 kgCO2e/kWh to the electricity bought.')).toBe(true);
    expect(isGridFactorSentence('Scope 2 applies the supplier factor of 0.31 kgCO2e/kWh.')).toBe(false);
    expect(isGridFactorSentence('Scope 2 counts district heating at 0.29 tCO2e/MWh.')).toBe(false);
    expect(isGridFactorSentence('El Alcance 2 usa 0,19 kgCO2e/kWh.')).toBe(true);
    // English method words count in a Spanish sentence too.
    expect(isGridFactorSentence('El Alcance 2 market-based usa 0,44 kgCO2e/kWh.')).toBe(false);
    expect(isGridFactorSentence('El Alcance 2 usa el factor del proveedor, 0,44 kgCO2e/kWh.')).toBe(false);
  });

  it("reads Taiwan's electricity carbon factor (電力排碳係數) and the grid in Traditional Chinese as the grid's", () => {
    expect(isGridFactorSentence('本年度盤查採能源署公告之電力排碳係數0.481公斤CO2e/度。')).toBe(true);
    expect(isGridFactorSentence('外購電力依台電電網係數0.481計算。')).toBe(true);
    expect(isGridFactorSentence('天然氣排放係數為2.09公斤CO2e/立方公尺。')).toBe(false);
    expect(isGridBoughtRow('外購電力')).toBe(true);
  });

  it('names the rows of grid electricity and of its total', () => {
    expect(isGridBoughtRow('Électricité achetée au réseau')).toBe(true);
    expect(isGridBoughtRow('Purchased renewable electricity')).toBe(false);
    // Power a plant sends out to the grid is no electricity it bought from it.
    expect(isGridBoughtRow('Exported to the national grid')).toBe(false);
    expect(isGridBoughtRow('Electricity sold to the grid')).toBe(false);
    expect(isGridBoughtRow('Imported from the national grid')).toBe(true);
    expect(isGridNamedRow('Elektřina ze sítě')).toBe(true);
    expect(isGridNamedRow('Purchased electricity')).toBe(false);
    expect(isTotalRow('Consumo total de electricidad')).toBe(true);
    expect(isTotalRow('Totalizer readings')).toBe(false);
  });
});
