// A French sentence counting staff is a disclosure extraction keeps, whatever else it says: the staff
// nouns are counts of people (GRI 2-7), as "employees" and "colaboradores" are. Invented figures.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const valuesOn = (text: string, line: number) =>
  extractDocument(docFromText(text))
    .facts.map((f) => f.fact)
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => f.quantity.value.toString());

describe('French staff counts in prose', () => {
  it('keeps a count of "collaborateurs" in a sentence naming no other topic', () => {
    const text = (noun: string) =>
      ['Fonderie du Causse – Rapport 2031', '', `Nous avons accueilli 212 ${noun} en 2031.`, ''].join('\n');
    expect(valuesOn(text('collaborateurs'), 3)).toEqual(['212']);
  });
});
