import { describe, expect, it } from 'vitest';
import { classifyMention } from '../classify/index.js';
import { mentionsOf } from './testing/read-mentions.js';

/** Each money figure of a paragraph with the metric the classifier gives it. */
function read(text: string) {
  return mentionsOf(text, 2030).map((m) => [m.value, classifyMention(m, ['gri-2021']).metric?.id]);
}

describe('the payroll a sentence divides into its average pay', () => {
  it('reads the pay named before an average monthly or annual pay as the payroll', () => {
    expect(
      read(
        'Crew were paid wages of EUR 18.72 million in 2030, an average monthly wage of EUR 1,950 per sailor.',
      ),
    ).toEqual([
      ['18.72', 'workforce.payroll'],
      ['1950', 'workforce.average_pay'],
    ]);
    expect(
      read('Salaries came to USD 40.2 million in 2030, an average annual salary of USD 50,250 per employee.'),
    ).toEqual([
      ['40.2', 'workforce.payroll'],
      ['50250', 'workforce.average_pay'],
    ]);
  });

  it('reads no payroll when the average names no period, or the amount before it is not pay', () => {
    const [unsaid] = read(
      'Crew were paid wages of EUR 18.72 million in 2030, an average wage of EUR 1,950 per sailor.',
    );
    expect(unsaid?.[1]).not.toBe('workforce.payroll');
    const [revenue] = read(
      'Revenue reached EUR 18.72 million in 2030, with an average monthly wage of EUR 1,950 per sailor.',
    );
    expect(revenue?.[1]).not.toBe('workforce.payroll');
  });
});
