import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';
import { waterSourceOf } from './water-source.js';

function row(label: string, unit: string, context: string[], partOf?: string): Mention {
  return {
    kind: 'table',
    line: 7,
    label,
    context,
    value: '3071.5',
    unit,
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
    ...(partOf === undefined ? {} : { partOf }),
  };
}

const classify = (m: Mention) => classifyMention(m, ['gri-2021']);

describe('water withdrawal by source (GRI 303-3 b)', () => {
  it('gives each source row the withdrawal metric and its own water_source, in any volume unit', () => {
    const caption = ['Table 9 Water drawn by our mills'];
    const rows = [
      row('City mains supply', 'megalitres', caption, 'Water withdrawn'),
      row('Borehole water', 'kL', caption, 'Water withdrawn'),
      row('River abstraction (surface water)', "'000 m³", caption, 'Water withdrawn'),
    ].map(classify);
    expect(rows.map((c) => c.metric?.id)).toEqual([
      'water.withdrawal',
      'water.withdrawal',
      'water.withdrawal',
    ]);
    expect(rows.map((c) => c.dims.water_source)).toEqual([
      'city mains supply',
      'borehole water',
      'river abstraction',
    ]);
    expect(rows[0]?.quantity?.unit.symbol).toBe('m3');
    expect(rows[0]?.quantity?.value.toString()).toBe('3071500');
  });

  it('reads reclaimed or recycled water bought from a supplier as a third-party withdrawal', () => {
    const bought = classify(row('Recycled water purchased from the utility', 'm³', ['Water']));
    expect(bought.metric?.id).toBe('water.withdrawal');
    expect(bought.dims.water_source).toBe('recycled water purchased from the utility');
    const own = classify(row('Process water recirculated on site', 'm³', ['Water withdrawal by source']));
    expect(own.metric?.id).toBe('water.recycled');
    expect(own.dims).not.toHaveProperty('water_source');
    expect(classify(row('Water reused after treatment', 'm³', ['Water'])).metric?.id).toBe('water.recycled');
  });

  it('reads a source as consumption under a consumption heading and as a destination under discharge', () => {
    const used = classify(row('Tap water', 'tonnes', ['Water consumption by source']));
    expect(used.metric?.id).toBe('water.withdrawal');
    const consumed = classify(row('Rainwater harvested', 'm³', ['Water used at the campus']));
    expect(consumed.metric?.id).toBe('water.consumption');
    expect(consumed.dims.water_source).toBe('rainwater harvested');
    const out = classify(row('Seawater', 'ML', ['Effluent by destination', 'Water discharged']));
    expect(out.metric?.id).toBe('water.discharge');
    expect(out.dims).toEqual({ water_destination: 'seawater' });
  });

  it('reads a mine’s dewatering as a source of its own', () => {
    expect(waterSourceOf('Open pit and shaft dewatering')).toBe('open pit and shaft dewatering');
    expect(waterSourceOf('Mine dewatering (groundwater)')).toBe('mine dewatering');
  });

  it('names no source for totals, quality splits, discharges or figures in another unit', () => {
    expect(waterSourceOf('Total surface water')).toBeUndefined();
    expect(waterSourceOf('Freshwater (≤1,000 mg/L total dissolved solids)')).toBeUndefined();
    expect(waterSourceOf('Wastewater discharged to municipal sewer')).toBeUndefined();
    expect(waterSourceOf('Reclaimed water')).toBeUndefined();
    expect(waterSourceOf('Water drawn — groundwater')).toBe('groundwater');
    expect(waterSourceOf('Industrial water')).toBe('industrial water');
    expect(waterSourceOf('Raw water purchased (river authority)')).toBe('raw water purchased');
    expect(waterSourceOf('Industrial water supplied to tenants')).toBeUndefined();
    // Water put back underground (waterflood, disposal wells) leaves the organisation: no source of it.
    expect(waterSourceOf('Produced water re-injected into disposal wells')).toBeUndefined();
    expect(waterSourceOf('Groundwater injected for pressure support')).toBeUndefined();
    expect(waterSourceOf('Produced water (separated from crude)')).toBe('produced water');
    const money = classify(row('Municipal water', 'HK$', ['Utility charges']));
    expect(money.dims).not.toHaveProperty('water_source');
  });

  it('reads the sources in French, Spanish, Portuguese and Italian tables', () => {
    const caption = ['Tableau 3 – Prélèvements d’eau de l’usine'];
    const rows = [
      row('Eau souterraine (nappe)', 'm³', caption),
      row('Eaux pluviales collectées', 'm³', caption),
      row('Eau du réseau municipal', 'm³', caption),
      row('Agua de mar desalinizada', 'm³', ['Captación de agua']),
      row('Água da rede pública', 'm³', ['Captação de água']),
      row('Acqua di falda', 'm³', ['Prelievi idrici']),
    ].map(classify);
    expect(rows.map((c) => c.metric?.id)).toEqual(Array(6).fill('water.withdrawal'));
    expect(rows.map((c) => c.dims.water_source)).toEqual([
      'eau souterraine',
      'eaux pluviales collectées',
      'eau du réseau municipal',
      'agua de mar desalinizada',
      'água da rede pública',
      'acqua di falda',
    ]);
    expect(waterSourceOf('Total des prélèvements')).toBeUndefined();
    expect(waterSourceOf('Eau recyclée en interne')).toBeUndefined();
    expect(waterSourceOf('Rejets d’eau au réseau')).toBeUndefined();
  });
});
