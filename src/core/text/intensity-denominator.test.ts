import { describe, expect, it } from 'vitest';
import { denominatorKind, namedDenominator } from './intensity-denominator.js';

describe('namedDenominator', () => {
  it('splits "X / Y" and "X per Y" in several languages, dropping the words naming only an intensity', () => {
    expect(namedDenominator('Scope 1 ja 2 -päästöjen intensiteetti / liikevaihto')).toEqual({
      quantity: 'Scope 1 ja 2 -päästöjen',
      denominator: 'liikevaihto',
      kind: 'revenue',
    });
    expect(namedDenominator('Wasserverbrauch pro Mitarbeiter')).toMatchObject({
      quantity: 'Wasserverbrauch',
      kind: 'person',
    });
    expect(namedDenominator('Consommation d’énergie par salarié (MWh)')).toMatchObject({ kind: 'person' });
    expect(namedDenominator('Emisje CO2 na pracownika')).toMatchObject({
      quantity: 'Emisje CO2',
      kind: 'person',
    });
    expect(namedDenominator('Energiförbrukning / nettoomsättning')).toMatchObject({ kind: 'revenue' });
    expect(namedDenominator('Consumo de agua / producción')).toMatchObject({ kind: 'output' });
    expect(namedDenominator('CO2e / tonne of product')).toMatchObject({ denominator: 'tonne of product' });
    expect(namedDenominator('Energy intensity per m²')).toMatchObject({ quantity: 'Energy', kind: 'area' });
  });

  it('reads a denominator before a postposition (Finnish, Turkish, Japanese, Korean)', () => {
    expect(namedDenominator('Vedenkulutus henkilöä kohden')).toMatchObject({
      quantity: 'Vedenkulutus',
      denominator: 'henkilöä',
      kind: 'person',
    });
    expect(namedDenominator('Çalışan başına su tüketimi')).toMatchObject({
      quantity: 'su tüketimi',
      kind: 'person',
    });
    expect(namedDenominator('売上高当たりエネルギー使用量')).toMatchObject({
      denominator: '売上高',
      kind: 'revenue',
    });
    expect(namedDenominator('매출액 당 에너지 사용량')).toMatchObject({
      denominator: '매출액',
      kind: 'revenue',
    });
  });

  it('names nothing for two quantities, two names of one thing, or a unit in brackets', () => {
    expect(namedDenominator('Scope 1 / Scope 2')).toBeUndefined();
    expect(namedDenominator('Net sales / turnover')).toBeUndefined();
    expect(namedDenominator('Employees / FTE')).toBeUndefined();
    expect(namedDenominator('Carbon intensity (t CO2e / EUR million revenue)')).toBeUndefined();
  });
});

describe('denominatorKind', () => {
  it('knows inflected forms and spaceless scripts, and no long clause', () => {
    expect(denominatorKind('liikevaihdosta')).toBe('revenue');
    expect(denominatorKind('zaměstnance')).toBe('person');
    expect(denominatorKind('员工')).toBe('person');
    expect(denominatorKind('hazardous waste')).toBeUndefined();
    expect(denominatorKind('the sales of the group in the year under review')).toBeUndefined();
  });

  it('reads any activity after a label naming an intensity as its output ("per \'000 tickets", "po izletu")', () => {
    expect(namedDenominator("Intensity per '000 tickets")).toEqual({
      quantity: '',
      denominator: "'000 tickets",
      kind: 'output',
    });
    expect(namedDenominator('Intenzitet po izletu')).toMatchObject({ denominator: 'izletu', kind: 'output' });
    // Without an intensity word, an unknown denominator still names none.
    expect(namedDenominator('Emissions per ticket')).toBeUndefined();
  });
});
