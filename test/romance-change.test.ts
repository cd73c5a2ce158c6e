import { describe, expect, it } from 'vitest';
import { changesOf, figuresOf } from '../src/extract/narrative/testing/read-mentions.js';

describe('stated changes worded in Spanish, Portuguese, French and Italian', () => {
  it('reads a Spanish change verb after its subject, against the year before', () => {
    expect(
      changesOf(
        'El consumo de diésel de la flota disminuyó 7,4% frente al año anterior y la generación de lodos aumentó un 2,9% respecto a 2023.',
      ),
    ).toEqual([
      { value: '7.4', direction: 'decrease', of: 'consumo de diésel de la flota' },
      { value: '2.9', direction: 'increase', of: 'generación de lodos' },
    ]);
  });

  it('reads a first-person verb before its object and a change noun', () => {
    expect(changesOf('En 2024 recortamos el uso de refrigerantes en 11,6% frente a 2023.')).toEqual([
      { value: '11.6', direction: 'decrease', of: 'uso de refrigerantes' },
    ]);
    expect(
      changesOf('El uso de papel registró una reducción del 18,2% frente al ejercicio anterior.'),
    ).toEqual([{ value: '18.2', direction: 'decrease', of: 'uso de papel' }]);
  });

  it('reads Portuguese, French and Italian wording', () => {
    expect(changesOf('O consumo de vapor reduziu 6,3% em relação a 2023.')).toEqual([
      { value: '6.3', direction: 'decrease', of: 'consumo de vapor' },
    ]);
    expect(
      changesOf("La consommation de fioul a diminué de 8,1 % par rapport à l'année précédente."),
    ).toEqual([{ value: '8.1', direction: 'decrease', of: 'consommation de fioul' }]);
    expect(changesOf('Il consumo di gasolio è diminuito del 5,7% rispetto al 2023.')).toEqual([
      { value: '5.7', direction: 'decrease', of: 'consumo di gasolio' },
    ]);
  });

  it('reads a French or Italian state of change ("sont en baisse de", "è in aumento del")', () => {
    expect(changesOf('Les rejets de solvants sont en baisse de 6,7 % en 2024.')).toEqual([
      { value: '6.7', direction: 'decrease', of: 'rejets de solvants' },
    ]);
    expect(
      changesOf("La consommation de gaz est en hausse de 2,3 % par rapport à l'année précédente."),
    ).toEqual([{ value: '2.3', direction: 'increase', of: 'consommation de gaz' }]);
    expect(changesOf('Il consumo di acqua è in calo del 4,1% rispetto al 2023.')).toEqual([
      { value: '4.1', direction: 'decrease', of: 'consumo di acqua' },
    ]);
  });

  it('needs a comparison: a saving against another process is no change between years', () => {
    expect(
      changesOf('El nuevo horno redujo el consumo de gas en 30% frente a los hornos convencionales.'),
    ).toEqual([]);
  });
});

describe('targets worded in Spanish, Portuguese and French', () => {
  it('dates a target share by its deadline, not the report year', () => {
    const text =
      'Las mujeres ocupan el 27,5% de las jefaturas. Nuestra meta es alcanzar el 40% de mujeres en jefaturas en 2032. ' +
      'Queremos llegar al 60% de energía renovable para 2031. Notre objectif est de 45 % de femmes cadres en 2033.';
    expect(figuresOf(text).map((f) => [f.value, f.year])).toEqual([
      ['27.5', 2024],
      ['40', 2032],
      ['60', 2031],
      ['45', 2033],
    ]);
  });
});

describe('a year printed after a figure in Spanish, Portuguese, French and Italian', () => {
  it('dates the figure', () => {
    const text =
      'El factor del sistema eléctrico fue de 0,4120 tCO2e/MWh para 2021. La flota consumió 812 m³ de diésel en el año 2022. ' +
      'Le site a consommé 9 420 MWh pour 2021. Il parco ha emesso 1.204 tCO2e nel 2022.';
    expect(figuresOf(text).map((f) => [f.value, f.year])).toEqual([
      ['0.4120', 2021],
      ['812', 2022],
      ['9420', 2021],
      ['1204', 2022],
    ]);
  });
});
