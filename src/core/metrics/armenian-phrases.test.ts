import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Made-up Armenian row labels matched to the catalogue's Armenian wordings (metrics.hy.data.json).
describe('Armenian metric wordings', () => {
  it.each([
    ['Էներգիայի ընդհանուր սպառում', 'energy.total'],
    ['Բնական գազ', 'energy.natural_gas'],
    ['Շրջանակ 2', 'ghg.scope2'],
    ['Ջրառ ընդամենը', 'water.withdrawal'],
    ['Ուսուցում անցածներ', 'training.trained'],
    ['Ուսուցման ժամեր', 'training.hours_total'],
    ['Վտանգավոր թափոններ', 'waste.hazardous'],
  ])('reads "%s" as %s', (label, id) => {
    expect(findMetricsByPhrase(label)[0]?.metric.id).toBe(id);
  });
});
