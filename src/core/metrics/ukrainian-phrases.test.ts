import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels as Ukrainian sustainability reports print them (metrics.uk.data.json). Invented wordings.
const UKRAINIAN: readonly (readonly [string, string])[] = [
  ['Прямі викиди ПГ (Scope 1)', 'ghg.scope1'],
  ['Непрямі енергетичні викиди, Scope 2', 'ghg.scope2'],
  ['Інтенсивність викидів парникових газів', 'ghg.intensity'],
  ['Загальне споживання енергії', 'energy.total'],
  ['Споживання електроенергії з мережі', 'energy.electricity'],
  ['Природного газу', 'energy.natural_gas'],
  ['Забір підземних вод', 'water.withdrawal'],
  ['Скидання зворотних вод у річку', 'water.discharge'],
  ['Небезпечних відходів', 'waste.hazardous'],
  ['Безпечні відходи V класу', 'waste.non_hazardous'],
  ['Середньооблікова чисельність працівників', 'workforce.total'],
  ['Плинність персоналу, %', 'turnover.rate'],
  ['Відпрацьовано людино-годин', 'safety.hours_worked'],
  ['Нещасні випадки з втратою працездатності', 'safety.lost_time_injuries'],
  ['Середня кількість годин навчання на одного працівника', 'training.hours_average'],
  ['Чистий дохід від реалізації продукції', 'economic.revenue'],
];

describe('Ukrainian wordings of the catalogue', () => {
  it('finds each Ukrainian metric in a label, whatever its ending', () => {
    for (const [label, id] of UKRAINIAN) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('keeps hazardous and non-hazardous waste apart ("небезпечні", "безпечні")', () => {
    expect(findMetricsByPhrase('Безпечні відходи')[0]?.metric.id).toBe('waste.non_hazardous');
    expect(findMetricsByPhrase('Небезпечні відходи')[0]?.metric.id).toBe('waste.hazardous');
  });

  it('reads "і" and "та" as and ("Scope 1 і 2")', () => {
    expect(findMetricsByPhrase('Викиди Scope 1 та 2')[0]?.metric.id).toBe('ghg.scope1_2');
    expect(findMetricsByPhrase('Викиди Scope 1 і 2')[0]?.metric.id).toBe('ghg.scope1_2');
  });
});
