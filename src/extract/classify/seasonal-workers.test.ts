import { describe, expect, it } from 'vitest';
import { inferDims } from './index.js';

// Seasonal hands beside the permanent staff in a headcount table; invented labels.
describe('inferDims: seasonal workers', () => {
  it('reads a row of seasonal workers as temporary staff, in English and in Cyrillic', () => {
    expect(inferDims('Seasonal pickers (harvest peak)', '')).toEqual({ employment_type: 'temporary' });
    expect(inferDims('Сезонски берачи', '')).toEqual({ employment_type: 'temporary' });
  });
});
