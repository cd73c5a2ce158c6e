import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from '../pipeline/extract-document.js';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function cell(label: string, unit: string, column?: string): Mention {
  return {
    kind: 'table',
    line: 8,
    label,
    context: column === undefined ? ['Resource use'] : ['Resource use', column],
    ...(column === undefined ? {} : { column }),
    value: '412.6',
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

const metricOf = (label: string, unit: string, column?: string) =>
  classifyMention(cell(label, unit, column), ['gri-2021']).metric?.id;

describe('a row or column naming only the resource', () => {
  it('is the energy or water used when the unit is energy or a volume', () => {
    expect(metricOf('Energy', 'MWh')).toBe('energy.total');
    expect(metricOf('Energía total', 'GJ')).toBe('energy.total');
    expect(metricOf('Water', 'm³')).toBe('water.consumption');
    expect(metricOf('Harbour depot', 'TJ', 'Energy (TJ)')).toBe('energy.total');
  });

  it('is the waste generated when the unit is a mass, its unit in square brackets or not', () => {
    expect(metricOf('Harbour depot', 't', 'Waste (t)')).toBe('waste.total');
    expect(metricOf('Depozitul Sud', 't', 'Deșeuri [tone]')).toBe('waste.total');
    expect(metricOf('Depozitul Sud', 'MWh', 'Energie [MWh]')).toBe('energy.total');
    expect(metricOf('Waste', 'm³', 'Waste')).not.toBe('waste.total');
    expect(metricOf('Total waste', 't', 'Hazardous waste')).toBe('waste.hazardous');
  });

  it('names nothing under another unit or when it names more', () => {
    expect(metricOf('Energy', '%')).toBeUndefined();
    expect(metricOf('Water', 'tCO2e')).not.toBe('water.consumption');
    expect(metricOf('Energy', 'MWh/tonne')).not.toBe('energy.total');
    expect(metricOf('Recycled water', 'm³')).not.toBe('water.consumption');
  });

  it('gives a sites-down table its energy and water columns', () => {
    const text = [
      'Table 3 Depot figures, 2025',
      '',
      'Depot            Energy (TJ)   Water (m³)   Staff',
      'Harbour depot    51.3          12,480       88',
      'Airport depot    20.9          6,115        41',
      'Total            72.2          18,595       129',
    ].join('\n');
    const facts = toSpecOutput(extractDocument(docFromText(text))).facts;
    const of = (value: number) => facts.find((f) => f.reported.value === value)?.metric;
    expect(of(51.3)).toBe('energy.total');
    expect(of(18595)).toBe('water.consumption');
  });
});

describe('a site table’s production column or row', () => {
  it('is the year’s output when the unit is a mass or a volume, in several languages', () => {
    expect(metricOf('Harbour depot', 't', 'Production (t)')).toBe('production.output');
    expect(metricOf('Závod Sever', 't', 'Výroba (t)')).toBe('production.output');
    expect(metricOf('Proizvodnja (t)', 't')).toBe('production.output');
    expect(metricOf('Kilang Timur', 'hL', 'Pengeluaran (hL)')).toBe('production.output');
    expect(metricOf('Production', 'MWh')).not.toBe('production.output');
    expect(metricOf('Production', 'persons')).not.toBe('production.output');
  });

  it('reads a plants-down table in Slovak: each plant’s rows by site, the whole row without one', () => {
    const text = [
      'Správa o udržateľnosti 2025',
      '',
      'Tabuľka 4: Závody v roku 2025',
      'Prevádzka          Činnosť                 Výroba (t)   Energia (MWh)',
      'Brezno             lisovanie                    7 210           9 930',
      'Poprad             zváranie                     5 840           8 115',
      'Spolu                                          13 050          18 045',
    ].join('\n');
    const facts = toSpecOutput(extractDocument(docFromText(text))).facts;
    const at = (value: number) => facts.find((f) => f.reported.value === value);
    expect(at(13050)).toMatchObject({ metric: 'production.output', dims: {} });
    expect(at(18045)).toMatchObject({ metric: 'energy.total', dims: {} });
    expect(at(7210)?.metric).toBe('production.output');
    expect(at(7210)?.dims.site).toMatch(/^Brezno/);
    expect(at(8115)?.dims.site).toMatch(/^Poprad/);
  });

  it('reads a plants-across table in Slovene: each plant’s column by site, the whole without one (a local total word needs three places beside it)', () => {
    const text = [
      'Trajnostno poročilo 2025',
      '',
      'Tabela 2: Lokacije v letu 2025',
      '                         Maribor      Kranj        Celje        Skupaj',
      'Proizvodnja (t)            12.310       8.640        4.105       25.055',
      'Energija (MWh)             15.020      10.410        5.230       30.660',
      'Odvzem vode (m³)         31.204,5    22.118,0      9.870,5     63.193,0',
    ].join('\n');
    const facts = toSpecOutput(extractDocument(docFromText(text))).facts;
    const at = (value: number) => facts.find((f) => f.reported.value === value);
    expect(at(25055)).toMatchObject({ metric: 'production.output', dims: {} });
    expect(at(12310)).toMatchObject({ metric: 'production.output', dims: { site: 'Maribor' } });
    expect(at(10410)).toMatchObject({ metric: 'energy.total', dims: { site: 'Kranj' } });
  });
});
