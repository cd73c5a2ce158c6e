import { describe, expect, it } from 'vitest';
import { withoutMetTargets } from './met-target.js';
import { mentionsOf } from './testing/read-mentions.js';

describe('a target the sentence says was met', () => {
  it('blanks the reached target at the same length', () => {
    const s = 'Waste fell to 212 t, so we beat our annual goal of 250 t.';
    expect(withoutMetTargets(s)).toHaveLength(s.length);
    expect(withoutMetTargets(s)).not.toMatch(/goal/);
    expect(withoutMetTargets('Our goal is 250 t.')).toBe('Our goal is 250 t.');
  });

  it('leaves the figure beside it an actual of the report year', () => {
    const [figure] = mentionsOf('Sites recycled 81.5% of their waste, so we surpassed the target.', 2024);
    expect(figure).toMatchObject({ value: '81.5', year: 2024, basis: 'actual' });
    // A target still ahead stays a target.
    const [target] = mentionsOf('Our target is to recycle 90% of waste by 2028.', 2024);
    expect(target).toMatchObject({ value: '90', basis: 'target' });
  });
});

describe('a target the figure is set against', () => {
  it('leaves the figure an actual and the target a target', () => {
    const text =
      'Women held 41.7% of supervisory posts and 36.2% of board seats, against a goal of 45% by 2029.';
    const [actual, second, target] = mentionsOf(text, 2025);
    expect(actual).toMatchObject({ value: '41.7', year: 2025, basis: 'actual' });
    expect(second).toMatchObject({ value: '36.2', year: 2025, basis: 'actual' });
    expect(target).toMatchObject({ value: '45', year: 2029, basis: 'target' });
  });
});

describe('a later year printed just after the figure', () => {
  it("is the figure's deadline, with or without a target word", () => {
    const [goal] = mentionsOf('- Reciclar el 92 % de los residuos generados en 2029.', 2025);
    expect(goal).toMatchObject({ value: '92', year: 2029, basis: 'target' });
    const [actual] = mentionsOf('We recycled 88.4% of our waste in 2025.', 2025);
    expect(actual).toMatchObject({ value: '88.4', year: 2025, basis: 'actual' });
  });
});
