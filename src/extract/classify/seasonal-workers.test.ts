import { describe, expect, it } from 'vitest';
import { inferDims } from './index.js';

// Seasonal hands beside the permanent staff in a headcount table; invented labels.
describe('inferDims: seasonal workers', () => {
  it('reads a row of seasonal workers as temporary staff, in English and in Cyrillic', () => {
    expect(inferDims('Seasonal pickers (harvest peak)', '')).toEqual({ employment_type: 'temporary' });
    expect(inferDims('Сезонски берачи', '')).toEqual({ employment_type: 'temporary' });
  });
});

// Permanent staff in South Slavic, Bulgarian and Russian headcount rows; invented labels.
describe('inferDims: permanent staff beside seasonal hands', () => {
  it('reads Macedonian, Serbian, Croatian, Bulgarian and Russian permanent-staff rows', () => {
    for (const label of [
      'Постојани вработени – збир',
      'Вработени на неопределено време',
      'Стално запослени',
      'Stalni zaposlenici',
      'Zaposleni na neodređeno',
      'Радници на неодређено',
      'Постоянни служители',
      'Работники на неопределённый срок',
    ]) {
      expect(inferDims(label, '', true).employment_type, label).toBe('permanent');
    }
    expect(inferDims('Вработени на определено време', '', true).employment_type).toBe('fixed-term');
    expect(inferDims('Zaposleni na određeno', '', true).employment_type).toBe('temporary');
  });

  it('leaves prose "stalni rast" (constant growth) alone', () => {
    expect(inferDims('Bilježimo stalni rast prodaje', '', false).employment_type).toBeUndefined();
  });
});
