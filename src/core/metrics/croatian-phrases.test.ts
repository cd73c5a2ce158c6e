import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels as Croatian ESRS statements and GRI reports print them (metrics.hr.data.json): nouns in
// the nominative or the genitive, Scope 1/2/3 as "opseg", accents kept or dropped. Invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['Izravne emisije (opseg 1)', 'ghg.scope1'],
  ['Emisije opsega 2', 'ghg.scope2'],
  ['Ostale neizravne emisije – opseg 3', 'ghg.scope3'],
  ['Emisije opsega 1 i 2', 'ghg.scope1_2'],
  ['Emisije opsega 1 + 2', 'ghg.scope1_2'],
  ['Ukupne emisije stakleničkih plinova', 'ghg.total'],
  ['Intenzitet emisija po zaposleniku', 'ghg.intensity'],
  ['Ukupna potrošnja energije u pogonima', 'energy.total'],
  ['Potrošnja električne energije', 'energy.electricity'],
  ['Potrosnja prirodnog plina', 'energy.natural_gas'],
  ['Eurodizel za vozila', 'energy.diesel'],
  ['Energija iz obnovljivih izvora', 'energy.renewable'],
  ['Udio obnovljivih izvora energije', 'energy.renewable_share'],
  ['Energetski intenzitet proizvodnje', 'energy.intensity'],
  ['Ukupno zahvaćanje vode', 'water.withdrawal'],
  ['Ispuštanje otpadnih voda', 'water.discharge'],
  ['Ukupna potrošnja vode', 'water.consumption'],
  ['Opasni otpad', 'waste.hazardous'],
  ['Neopasni otpad', 'waste.non_hazardous'],
  ['Otpad upućen na zbrinjavanje', 'waste.disposed'],
  ['Stopa recikliranja otpada', 'waste.recycling_rate'],
  ['Ukupan broj zaposlenika', 'workforce.total'],
  ['Broj novozaposlenih', 'hires.count'],
  ['Stopa fluktuacije zaposlenika', 'turnover.rate'],
  ['Ukupni sati osposobljavanja', 'training.hours_total'],
  ['Prosječan broj sati osposobljavanja po zaposleniku', 'training.hours_average'],
  ['Ozljede na radu', 'safety.injuries'],
  ['Ozljede s izgubljenim radnim danima', 'safety.lost_time_injuries'],
  ['Broj smrtnih slučajeva', 'safety.fatalities'],
  ['Broj odrađenih sati', 'safety.hours_worked'],
  ['Potvrđeni slučajevi korupcije', 'corruption.cases'],
  ['Razlika u plaćama između spolova', 'diversity.pay_ratio'],
  ['Broj dobavljača', 'suppliers.count'],
  ['Poslovni prihodi', 'economic.revenue'],
];

describe('Croatian wordings of the catalogue', () => {
  it('finds each metric in a Croatian row label', () => {
    for (const [label, id] of LABELS) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('leaves English labels to their English phrases', () => {
    expect(findMetricsByPhrase('Total energy consumption')[0]?.metric.id).toBe('energy.total');
    expect(findMetricsByPhrase('Scope 1 emissions')[0]?.metric.id).toBe('ghg.scope1');
    expect(findMetricsByPhrase('Employee turnover rate')[0]?.metric.id).toBe('turnover.rate');
    expect(findMetricsByPhrase('Unleaded petrol')[0]?.metric.id).toBe('energy.gasoline');
  });
});
