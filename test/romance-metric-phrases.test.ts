// The catalogue's Spanish, Portuguese, French and Italian phrases, with or without accents.
import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from '../src/core/index.js';

const best = (label: string) => findMetricsByPhrase(label, { limit: 1 })[0]?.metric.id;

describe('metric phrases in Romance languages', () => {
  it('names water, energy, emissions and waste rows', () => {
    expect(
      [
        'Captación total de agua (m³)',
        'Captacion de agua',
        'Consumo de água',
        "Prélèvements d'eau",
        'Consumo total de energía',
        'Energía eléctrica comprada',
        'Emisiones de alcance 1 y 2',
        'Alcance 3 – viajes',
        'Residuos no peligrosos',
        'Rifiuti pericolosi',
      ].map(best),
    ).toEqual([
      'water.withdrawal',
      'water.withdrawal',
      'water.consumption',
      'water.withdrawal',
      'energy.total',
      'energy.electricity',
      'ghg.scope1_2',
      'ghg.scope3',
      'waste.non_hazardous',
      'waste.hazardous',
    ]);
  });

  it('reads the European Portuguese âmbito as a scope, with or without its accent', () => {
    expect(
      [
        'Emissões diretas âmbito 1',
        'Ambito 2 (localização)',
        'Emissões de âmbito 3 estimadas',
        'Soma âmbito 1 + 2 (tCO2e)',
        'Emissões de âmbito 1 e 2',
      ].map(best),
    ).toEqual(['ghg.scope1', 'ghg.scope2', 'ghg.scope3', 'ghg.scope1_2', 'ghg.scope1_2']);
  });

  it('names the waste recovered and its rate', () => {
    expect(
      [
        'Residuos valorizados (t)',
        'Déchets valorisés',
        'Taxa de valorização (%)',
        'Tasa de reciclaje',
        'Taux de valorisation des déchets',
      ].map(best),
    ).toEqual([
      'waste.diverted',
      'waste.diverted',
      'waste.recycling_rate',
      'waste.recycling_rate',
      'waste.recycling_rate',
    ]);
  });
});
