import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels as Kazakh (metrics.kk.data.json) and Kyrgyz (metrics.ky.data.json) sustainability reports
// print them. Invented wordings.
const KAZAKH: readonly (readonly [string, string])[] = [
  ['Тікелей шығарындылар (1-қамту)', 'ghg.scope1'],
  ['2-қамту, т CO2-экв.', 'ghg.scope2'],
  ['Парниктік газдар шығарындылары, барлығы', 'ghg.total'],
  ['Энергия тұтынудың жалпы көлемі', 'energy.total'],
  ['Электр энергиясын тұтыну', 'energy.electricity'],
  ['Табиғи газ', 'energy.natural_gas'],
  ['Жерасты көздерінен су алу', 'water.withdrawal'],
  ['Қауіпті емес қалдықтар', 'waste.non_hazardous'],
  ['Қауіпті қалдықтар', 'waste.hazardous'],
  ['Қызметкерлердің тізімдік саны', 'workforce.total'],
  ['Жұмыс істелген адам-сағаттар', 'safety.hours_worked'],
  ['Оқыту сағаттарының жалпы саны', 'training.hours_total'],
  ['Бір қызметкерге орташа оқыту сағаттары', 'training.hours_average'],
  ['Өнім сатудан түскен кіріс', 'economic.revenue'],
];

const KYRGYZ: readonly (readonly [string, string])[] = [
  ['Түз чыгаруулар (1-камтуу)', 'ghg.scope1'],
  ['2-камтуу, т CO2-экв.', 'ghg.scope2'],
  ['Парник газдарынын чыгарылышы', 'ghg.total'],
  ['Энергиянын жалпы керектөөсү', 'energy.total'],
  ['Жаратылыш газы', 'energy.natural_gas'],
  ['Суу алуу, бардыгы', 'water.withdrawal'],
  ['Кооптуу эмес калдыктар', 'waste.non_hazardous'],
  ['Кооптуу калдыктар', 'waste.hazardous'],
  ['Кызматкерлердин жалпы саны', 'workforce.total'],
  ['Иштелген адам-сааттар', 'safety.hours_worked'],
  ['Окутуу сааттарынын жалпы саны', 'training.hours_total'],
  ['Бир кызматкерге орточо окутуу сааттары', 'training.hours_average'],
];

describe('Kazakh and Kyrgyz wordings of the catalogue', () => {
  it('finds each Kazakh metric in a label', () => {
    for (const [label, id] of KAZAKH) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('finds each Kyrgyz metric in a label', () => {
    for (const [label, id] of KYRGYZ) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('reads "1 және 2" and "1 жана 2" as Scope 1 and 2', () => {
    expect(findMetricsByPhrase('Барлығы (1 және 2-қамту)')[0]?.metric.id).toBe('ghg.scope1_2');
    expect(findMetricsByPhrase('Бардыгы (1 жана 2-камтуу)')[0]?.metric.id).toBe('ghg.scope1_2');
  });
});
