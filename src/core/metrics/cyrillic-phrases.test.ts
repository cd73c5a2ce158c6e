import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels as Bulgarian and Russian sustainability reports print them (metrics.bg.data.json,
// metrics.ru.data.json). Invented wordings.
const BULGARIAN: readonly (readonly [string, string])[] = [
  ['Емисии от Обхват 1 (горива)', 'ghg.scope1'],
  ['Обхват 2 – по местоположение', 'ghg.scope2'],
  ['Емисии Обхват 1 и 2 общо', 'ghg.scope1_2'],
  ['Общо Обхват 1 + 2', 'ghg.scope1_2'],
  ['Емисиите на парникови газове', 'ghg.total'],
  ['Общо потребена енергия', 'energy.total'],
  ['Потреблението на електроенергия', 'energy.electricity'],
  ['Общо водочерпене от кладенци', 'water.withdrawal'],
  ['Опасни отпадъци', 'waste.hazardous'],
  ['Неопасните отпадъци', 'waste.non_hazardous'],
  ['Брой служители към края на годината', 'workforce.total'],
  ['Текучество на персонала, %', 'turnover.rate'],
  ['Общо часове обучение', 'training.hours_total'],
  ['Трудови злополуки', 'safety.injuries'],
];

const RUSSIAN: readonly (readonly [string, string])[] = [
  ['Прямые выбросы (Охват 1)', 'ghg.scope1'],
  ['Область охвата 2', 'ghg.scope2'],
  ['Выбросы парниковых газов, всего', 'ghg.total'],
  ['Общее потребление энергии', 'energy.total'],
  ['Электроэнергия из сети', 'energy.electricity'],
  ['Забор воды из подземных источников', 'water.withdrawal'],
  ['Опасные отходы', 'waste.hazardous'],
  ['Неопасных отходов', 'waste.non_hazardous'],
  ['Численность персонала на конец года', 'workforce.total'],
  ['Текучесть кадров', 'turnover.rate'],
  ['Часы обучения', 'training.hours_total'],
  ['Несчастные случаи на производстве', 'safety.injuries'],
];

describe('Bulgarian and Russian wordings of the catalogue', () => {
  it('finds each Bulgarian metric in a label, whatever its ending', () => {
    for (const [label, id] of BULGARIAN) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('finds each Russian metric in a label, whatever its case', () => {
    for (const [label, id] of RUSSIAN) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('reads a label of look-alike letters alone as Cyrillic too ("Охват 3")', () => {
    expect(findMetricsByPhrase('Охват 3')[0]?.metric.id).toBe('ghg.scope3');
    expect(findMetricsByPhrase('Выбросы, охват 3')[0]?.metric.id).toBe('ghg.scope3');
  });

  it('reads a Macedonian "Обучени" heading as people trained, but no Russian sentence on training', () => {
    expect(findMetricsByPhrase('Обучени')[0]?.metric.id).toBe('training.trained');
    const ids = findMetricsByPhrase('Вводное обучение по охране среды посетили 318 работников').map(
      (m) => m.metric.id,
    );
    expect(ids).not.toContain('training.trained');
  });

  it('keeps short Cyrillic words out of Latin phrases ("на" is no "ha", hectares)', () => {
    const ids = findMetricsByPhrase('Разход на вода на тон продукт').map((m) => m.metric.id);
    expect(ids).not.toContain('property.floor_area');
  });
});
