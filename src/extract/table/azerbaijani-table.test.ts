import { describe, expect, it } from 'vitest';
import { parseUnit } from '../../core/units/index.js';
import { waterSourceOf } from '../classify/water-source.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up Azerbaijani table: a "Vahid" unit column, thousands units ("min m³", "min litr") and a "Cəmi" total.
const text = [
  'Cədvəl 4. Su istifadəsi',
  'Mənbə                                   Vahid                   2023        2024        2025',
  '────────────────────────────────────────────────────────────────────────────────────────────',
  'Yeraltı su (quyular)                    min m³                 301,5       298,7       287,3',
  'Səth suyu (çay)                         min m³                 122,4       131,6       140,2',
  'Cəmi su götürülməsi                     min m³                 423,9       430,3       427,5',
].join('\n');

describe('an Azerbaijani table with a Vahid unit column', () => {
  it('keeps each label and reads "min m³" as its unit', () => {
    const row = tableMentions(text, 2025).filter((m) => m.line === 4);
    expect(row.map((m) => [m.label, m.unit, m.year])).toEqual([
      ['Yeralti su (quyular)', 'min m3', 2023],
      ['Yeralti su (quyular)', 'min m3', 2024],
      ['Yeralti su (quyular)', 'min m3', 2025],
    ]);
  });

  it('reads Azerbaijani units: min (thousand), MVt·saat, kq, litr, nəfər, gün', () => {
    expect(parseUnit('min m³').toBase.toFixed()).toBe('1000');
    expect(parseUnit('min litr')).toMatchObject({ dimension: 'volume' });
    expect(parseUnit('MVt·saat')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('kq CO₂ ekv./m³')).toMatchObject({ symbol: 'kgCO2e/m3' });
    expect(parseUnit('nəfər')).toMatchObject({ symbol: 'persons' });
    expect(parseUnit('gün')).toMatchObject({ symbol: 'days' });
    expect(parseUnit('min')).toMatchObject({ symbol: 'minutes' });
  });

  it('names the sources of water, not the water reused', () => {
    expect(waterSourceOf('Yeraltı su (quyular)')).toBe('yeraltı su');
    expect(waterSourceOf('Səth suyu (çay)')).toBe('səth suyu');
    expect(waterSourceOf('Təkrar istifadə olunan su')).toBeUndefined();
  });
});
