import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Made-up Georgian row labels: the case endings a table prints ("ენერგიის", "წყლის") match the catalogue's
// Georgian wordings (metrics.ka.data.json) through georgian-stem.ts.
describe('Georgian metric wordings', () => {
  it.each([
    ['წყლის აღება სულ', 'water.withdrawal'],
    ['ენერგიის მოხმარება', 'energy.total'],
    ['ბუნებრივი აირი', 'energy.natural_gas'],
    ['არასახიფათო ნარჩენები', 'waste.non_hazardous'],
    ['ჩამოსხმული პროდუქცია', 'production.output'],
    ['2 მოცვა (ბაზარზე დაფუძნებული)', 'ghg.scope2'],
  ])('reads "%s" as %s', (label, id) => {
    expect(findMetricsByPhrase(label)[0]?.metric.id).toBe(id);
  });
});
