// German row labels as sustainability statements from Germany, Austria and Switzerland print them
// (ESRS E1-5, E1-6, E3-4, E5-5, S1-6, S1-13, S1-14), each with the metric and breakdown it must get.
// Our own wordings.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

type Row = readonly [
  label: string,
  unit: string,
  caption: string,
  metric: string | undefined,
  dims: Record<string, string>,
];

const ROWS: readonly Row[] = [
  ['Gesamtenergieverbrauch', 'MWh', 'Energie', 'energy.total', {}],
  ['Stromverbrauch der Filialen', 'MWh', 'Energie', 'energy.electricity', {}],
  ['Erdgas (Heizung)', 'MWh', 'Energie', 'energy.natural_gas', {}],
  ['Heizöl', 'MWh', 'Energie', 'energy.other_fuels', {}],
  ['Fernwärme', 'MWh', 'Energie', 'energy.heat', {}],
  ['davon aus erneuerbaren Quellen', 'MWh', 'Energie', 'energy.renewable', {}],
  ['Solarstrom vom Hallendach', 'MWh', 'Energie', 'energy.renewable', {}],
  ['Anteil erneuerbarer Energien', '%', 'Energie', 'energy.renewable_share', {}],
  ['Energieintensität', 'MWh/t', 'Energie', 'energy.intensity', { denominator: 't' }],
  ['Treibhausgasemissionen gesamt', 't CO2e', 'Klima', 'ghg.total', {}],
  ['Wasserentnahme', 'm³', 'Wasser', 'water.withdrawal', {}],
  ['Wasserverbrauch', 'm³', 'Wasser', 'water.consumption', {}],
  ['Abfallaufkommen gesamt', 't', 'Abfall', 'waste.total', {}],
  ['gefährliche Abfälle', 't', 'Abfall', 'waste.hazardous', {}],
  ['nicht gefährliche Abfälle', 't', 'Abfall', 'waste.non_hazardous', {}],
  ['Verwertungsquote', '%', 'Abfall', 'waste.recycling_rate', {}],
  ['Beschäftigte zum Stichtag', 'persons', 'Personal', 'workforce.total', {}],
  ['Vollzeitäquivalente', 'persons', 'Personal', 'workforce.fte', {}],
  [
    'Führungskräfte',
    'persons',
    'Beschäftigte nach Geschlecht',
    'workforce.total',
    { employee_category: 'führungskräfte' },
  ],
  [
    'befristet',
    'persons',
    'Beschäftigte nach Vertragsart',
    'workforce.total',
    { employment_type: 'temporary' },
  ],
  [
    'unbefristet',
    'persons',
    'Beschäftigte nach Vertragsart',
    'workforce.total',
    { employment_type: 'permanent' },
  ],
  [
    'Teilzeit',
    'persons',
    'Beschäftigte nach Arbeitszeit',
    'workforce.total',
    { employment_type: 'part-time' },
  ],
  ['jünger als 30 Jahre', 'persons', 'Beschäftigte nach Alter', 'workforce.total', { age: '<30' }],
  ['30 bis 50 Jahre', 'persons', 'Beschäftigte nach Alter', 'workforce.total', { age: '30-50' }],
  ['Deutschland', 'persons', 'Beschäftigte nach Ländern', 'workforce.total', { region: 'Deutschland' }],
  ['Neueinstellungen', 'persons', 'Personal', 'hires.count', {}],
  ['Fluktuationsquote', '%', 'Personal', 'turnover.rate', {}],
  ['Leiharbeitnehmer', 'persons', 'Personal', 'workforce.non_employees', {}],
  ['Arbeitsstunden', 'hours', 'Arbeitssicherheit', 'safety.hours_worked', {}],
  ['meldepflichtige Unfälle', '', 'Arbeitssicherheit', 'safety.injuries', {}],
  ['tödliche Unfälle', '', 'Arbeitssicherheit', 'safety.fatalities', {}],
  ['Unfallhäufigkeit', '', 'Arbeitssicherheit', 'safety.injury_rate', {}],
  ['Ausfalltage', 'days', 'Arbeitssicherheit', 'safety.lost_days', {}],
  ['Schulungsstunden', 'hours', 'Weiterbildung', 'training.hours_total', {}],
  ['Schulungsstunden pro Mitarbeiter', 'hours', 'Weiterbildung', 'training.hours_average', {}],
  ['Umsatz', 'EUR million', 'Kennzahlen', 'economic.revenue', {}],
];

function row(label: string, unit: string, caption: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context: [caption],
    value: '1284.6',
    unit,
    year: 2031,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

describe('German row labels', () => {
  it.each(ROWS)('%s (%s) under "%s" is %s', (label, unit, caption, metric, dims) => {
    const c = classifyMention(row(label, unit, caption), ['gri-2021']);
    expect(c.metric?.id).toBe(metric);
    expect(c.dims).toEqual(dims);
  });

  it("reads 'Führungskräfte' (managers) as no count in full-time equivalents", () => {
    const c = classifyMention(row('Führungskräfte', '', 'Mitarbeitende nach Geschlecht'), ['gri-2021']);
    expect(c.metric?.id).toBe('workforce.total');
  });

  it("reads a solar row under the renewable energy as self-generated, and 'Gesamt' as no site", () => {
    const solar = classifyMention(row('PV-Eigenstrom', 'MWh', 'Energieverbrauch'), ['gri-2021']);
    expect([solar.metric?.id, solar.dims]).toEqual(['energy.renewable', { energy_source: 'self-generated' }]);
    const site = classifyMention(row('Linz', 'persons', 'Beschäftigte je Standort'), ['gri-2021']);
    expect(site.dims).toEqual({ site: 'Linz' });
    const whole = classifyMention(row('Summe', 'persons', 'Beschäftigte je Standort'), ['gri-2021']);
    expect(whole.dims).toEqual({});
  });
});
