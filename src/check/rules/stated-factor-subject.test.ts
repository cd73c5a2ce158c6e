// The carrier a stated factor's words name.
import { describe, expect, it } from 'vitest';
import { subjectWords } from './stated-factor-subject.js';

describe('subjectWords', () => {
  it('names the carrier before the number', () => {
    expect([...subjectWords('heating oil 2.96 kg CO2e per litre', '2.96', '')]).toEqual(['heating', 'oil']);
  });

  it("gives the second of two factors joined by 'and' the carrier named before the first", () => {
    const label = 'kerosene 9.8 kWh and 2.52 kg CO2e per litre';
    expect([...subjectWords(label, '2.52', '')]).toEqual(['kerosene']);
    expect([...subjectWords(label, '9.8', '')]).toEqual(['kerosene']);
  });

  it('keeps a subject printed between two factors its own', () => {
    const label = 'kerosene 9.8 kWh and biodiesel 2.52 kg CO2e per litre';
    expect([...subjectWords(label, '2.52', '')]).toEqual(['biodiesel']);
  });
});
