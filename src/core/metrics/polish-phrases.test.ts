import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import phrases from './metrics.pl.data.json' with { type: 'json' };

// Row labels as Polish sustainability reports print them (metrics.pl.data.json); invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['Emisje bezpośrednie (zakres 1)', 'ghg.scope1'],
  ['Inne emisje pośrednie', 'ghg.scope3'],
  ['Całkowite zużycie energii', 'energy.total'],
  ['Zakupiona energia elektryczna', 'energy.electricity'],
  ['w tym z odnawialnych źródeł', 'energy.renewable'],
  ['Olej napędowy', 'energy.diesel'],
  ['Pobór wody', 'water.withdrawal'],
  ['Zużycie wody', 'water.consumption'],
  ['Odpady niebezpieczne', 'waste.hazardous'],
  ['Odpady inne niż niebezpieczne', 'waste.non_hazardous'],
  ['Liczba pracowników na koniec roku', 'workforce.total'],
  ['Pracownicy według wymiaru etatu', 'workforce.total'],
  ['Wskaźnik rotacji pracowników', 'turnover.rate'],
  ['Wypadki przy pracy', 'safety.injuries'],
  ['Wypadki śmiertelne', 'safety.fatalities'],
  ['Liczba przepracowanych godzin', 'safety.hours_worked'],
  ['Średnia liczba godzin szkoleń na pracownika', 'training.hours_average'],
  ['Przychody netto ze sprzedaży', 'economic.revenue'],
  ['Darowizny na cele społeczne', 'community.donations'],
];

describe('Polish wordings of the catalogue', () => {
  it('finds the metric a Polish row label names', () => {
    for (const [label, id] of LABELS) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('takes over no English label', () => {
    const polish = new Set(Object.values(phrases.phrases).flat());
    const english = [
      'Sponsoring',
      'Energy consumption',
      'Financial income',
      'Revenue',
      'Waste',
      'Zero waste',
    ];
    for (const label of english) {
      for (const found of findMetricsByPhrase(label)) expect(polish.has(found.phrase), label).toBe(false);
    }
  });
});
