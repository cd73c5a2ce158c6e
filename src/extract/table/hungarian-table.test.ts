import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// A made-up Hungarian table: a unit column ("Mértékegység") that counts accidents in "eset" (cases), solar
// output of the company's own panels, production in tonnes and an emission intensity whose compound noun
// is written as one word.
describe('a Hungarian table', () => {
  const text = [
    '3. táblázat – Működési adatok',
    '  Megnevezés                          Mértékegység          2023          2024',
    '  ────────────────────────────────────────────────────────────────────────────',
    '  Ledolgozott munkaórák               óra              1 412 300     1 388 900',
    '  Munkaidő kieséssel járó balesetek   eset                    7             5',
    '  Halálos baleset                     eset                    1             0',
    '  Saját napelemes termelés            MWh                   812         1 046',
    '  Termelés                            t                 214 800       221 350',
    '  Kibocsátásintenzitás                kg CO2e/t           142,6         139,8',
    '',
    'Az adatok a két üzem összesített értékei.',
  ].join('\n');
  const facts = extractDocument(docFromText(text), { year: 2024 }).facts.map((f) => f.fact);
  const at = (metric: string, year: number) => {
    const q = facts.find((f) => f.metric === metric && f.period.year === year)?.quantity;
    return q && `${q.value.toString()} ${q.unit.symbol}`;
  };

  it('reads an "eset" unit cell as a count, so the accident rows keep their own names', () => {
    expect(at('safety.lost_time_injuries', 2023)?.split(' ')[0]).toBe('7');
    expect(at('safety.fatalities', 2024)?.split(' ')[0]).toBe('0');
    expect(at('safety.hours_worked', 2024)).toBe('1388900 hours');
  });

  it('reads own solar output as renewable energy, production in tonnes and the one-word emission intensity', () => {
    expect(at('energy.renewable', 2024)).toBe('1046 MWh');
    expect(at('production.output', 2023)).toBe('214800 t');
    expect(at('ghg.intensity', 2024)).toBeDefined();
  });
});
