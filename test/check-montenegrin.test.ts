// Montenegrin reports (Latin script, ijekavian, dot thousands and decimal commas) share most of their
// wordings with Serbian and Croatian; these tests cover the ones they do not. Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const findings = (text: string) =>
  checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) }).findings;

describe('a Montenegrin training table', () => {
  // "Obuhvaćeno obukom" (covered by training) counts the people of the row's category who were trained.
  const TRAINING = [
    'Rudnik Lovćen AD – Izvještaj o održivosti 2031.',
    '',
    'Tabela 4. Obuka zaposlenih u 2031.',
    'Kategorija                 Broj zaposlenih  Obuhvaćeno obukom  Sati obuke',
    'Direktori                               12                 12         300',
    'Šefovi smjena                           48                 53         960',
    'Radnici u proizvodnji                  340                310       6.120',
    'Ukupno                                 400                375       7.380',
  ].join('\n');

  it('holds the people trained under the category they belong to', () => {
    const within = findings(TRAINING).filter((f) => f.rule === 'count.within');
    expect(within.map((f) => [f.expected, f.actual])).toEqual([['48', '53']]);
  });
});

describe('a share of the staff in Montenegrin prose', () => {
  // The people follow the share in the genitive with no "of" ("47,5% stalno zaposlenih"), and the counts
  // in brackets are joined by "od".
  const LETTER = [
    'Rudnik Lovćen AD – Izvještaj o održivosti 2031.',
    '',
    'Žene čine 47,5% stalno zaposlenih (250 od 530), a među poslovođama trećinu.',
  ].join('\n');

  it('reads the share as the women’s share of the workforce', () => {
    const shares = extractDocument(docFromText(LETTER))
      .facts.map((f) => f.fact)
      .filter((f) => f.metric === 'workforce.share');
    expect(shares.map((f) => [f.quantity.value.toString(), f.dims.gender])).toEqual([['47.5', 'female']]);
  });

  it('sets the share against the two counts beside it', () => {
    const stated = findings(LETTER).filter((f) => f.rule === 'share.stated-fraction');
    expect(stated.map((f) => [f.expected, f.actual])).toEqual([['47.2', '47.5']]);
  });
});
