// A word in Greek or Cyrillic letters qualifies a unit or names what is counted, as a Latin word does.
import { describe, expect, it } from 'vitest';
import { parseUnit } from './index.js';

describe('words with Greek or Cyrillic vowels', () => {
  it('reads a share column headed "% of <group>" in Greek as a percentage', () => {
    expect(parseUnit('% εργατών').symbol).toBe('%');
  });

  it('reads a Greek or Cyrillic plural noun as a counted noun', () => {
    expect(parseUnit('οχήματα')).toMatchObject({ dimension: 'count', counted: 'οχήματα' });
    expect(parseUnit('автомобили')).toMatchObject({ dimension: 'count', counted: 'автомобили' });
  });

  it('still refuses a run of consonants as a word', () => {
    expect(() => parseUnit('% kWhq')).toThrow();
  });
});
