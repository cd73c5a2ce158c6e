import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../narrative/testing/read-mentions.js';
import { classifyMention } from './index.js';

// A first line that makes each text a decimal-comma one, as these reports are ("1.187" is then 1187).
const COMMA = 'Delež: 31,5 %, 32,6 %, 33,7 %.\n\n';

/** The figures of a paragraph with their metric. Invented figures throughout. */
function read(text: string) {
  return mentionsOf(COMMA + text, 2024).map((m) => ({
    value: m.value,
    metric: classifyMention(m, ['gri-2021']).metric?.id,
  }));
}

describe('people who took part in a course, in languages that put the verb before the count', () => {
  it.each([
    ['Slovak', 'Kurz prvej pomoci absolvovalo v roku 2024 spolu 1 187 zamestnancov, teda všetci.'],
    ['Czech', 'Školení požární ochrany absolvovalo v roce 2024 celkem 1 187 zaměstnanců, tedy všichni.'],
    ['Polish', 'W szkoleniu BHP wzięło udział 1 187 pracowników, czyli wszyscy.'],
    ['Slovene', 'Usposabljanja iz varstva pri delu se je udeležilo 1.187 zaposlenih, torej vsi.'],
    ['Spanish', 'En 2024, 1.187 empleados participaron en la formación de seguridad, es decir, todos.'],
    ['Portuguese', 'Em 2024, 1.187 colaboradores participaram do treinamento de segurança, ou seja, todos.'],
  ])('reads a %s count of people trained', (_language, text) => {
    expect(read(text)).toContainEqual({ value: '1187', metric: 'training.trained' });
  });

  it.each([
    ['Hebrew', 'השנה השלימו הדרכת עזרה ראשונה כל 2,406 עובדי המפעלים.', '2406'],
    ['Hebrew', 'כל 2,406 עובדי הקבוצה עברו ב-2024 הכשרה בנושא בטיחות אש.', '2406'],
    ['Arabic', 'أكمل 2,406 موظفين دورة السلامة من الحرائق خلال العام.', '2406'],
  ])('reads a %s count of people trained', (_language, text, value) => {
    expect(mentionsOf(text, 2024).map((m) => classifyMention(m, ['gri-2021']).metric?.id)).toContain(
      'training.trained',
    );
    expect(mentionsOf(text, 2024).some((m) => m.value === value)).toBe(true);
  });

  it('reads people who completed an amount of training as no count of people trained', () => {
    const found = read('V roku 2024 absolvovalo 1 187 zamestnancov 21 412 hodín školení.');
    expect(found).not.toContainEqual({ value: '1187', metric: 'training.trained' });
  });
});
