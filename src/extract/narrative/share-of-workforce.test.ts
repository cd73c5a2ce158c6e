// A gender's share of the workforce stated in a sentence ("men make up 63% of our employees").
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

const shareOf = (text: string) =>
  mentionsOf(text, 2024)
    .filter((m) => m.unit === '%')
    .map((m) => ({ value: m.value, label: m.label, dims: m.dims }));

describe('a gender’s share of the workforce in prose', () => {
  it('names the share as a workforce proportion with the gender its words give', () => {
    const [men] = shareOf('Men make up 63.5% of our employees at the two mills.');
    expect(men?.value).toBe('63.5');
    expect(men?.label).toMatch(/^proportion of employees/);
    expect(men?.dims).toMatchObject({ gender: 'male' });
    const [women] = shareOf('Female colleagues accounted for 29% of the workforce in 2024.');
    expect(women?.dims).toMatchObject({ gender: 'female' });
  });

  it('leaves a share of another population or with no gender as it was', () => {
    const [hires] = shareOf('Women made up 47% of new hires.');
    expect(hires?.label ?? '').not.toMatch(/^proportion of employees/);
    const [plant] = shareOf('The Osaka plant accounts for 22% of our workforce.');
    expect(plant?.label ?? '').not.toMatch(/^proportion of employees/);
  });
});
