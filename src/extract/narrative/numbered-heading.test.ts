import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

describe('a numbered chapter heading in capitals', () => {
  it('is no count of what its title names', () => {
    const text = ['7  SUPPLIERS', '', 'We worked with 2,315 suppliers in 2024.', '', '3. WORKERS AND SAFETY'];
    expect(mentionsOf(text.join('\n'), 2024).map((m) => m.value)).toEqual(['2315']);
  });

  it('leaves a highlight that prints a count in capitals alone', () => {
    const values = mentionsOf('Highlights\n\n9 NEW SITES\n\n12 SUPPLIERS', 2024).map((m) => m.value);
    expect(values).toEqual(['9', '12']);
  });
});

describe('a bilingual numbered chapter heading', () => {
  it('is no count of what either title names', () => {
    const text = [
      '09  LAND AND ROADS / TERRES ET CHEMINS FORESTIERS',
      '',
      'We planted 3,870 hectares in 2024.',
    ];
    expect(mentionsOf(text.join('\n'), 2024).map((m) => m.value)).toEqual(['3870']);
  });
});

describe('a caption in another language', () => {
  it('numbers its table, and counts nothing', () => {
    const text = [
      'Tableau 7  Forêts et routes / Forests and roads',
      '',
      'We planted 3,870 hectares in 2024.',
    ];
    expect(mentionsOf(text.join('\n'), 2024).map((m) => m.value)).toEqual(['3870']);
  });
});
