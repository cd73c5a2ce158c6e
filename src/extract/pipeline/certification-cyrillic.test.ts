import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './index.js';

// An invented Macedonian report: a letter claiming every site holds a standard, its sites listed in an
// aside set off by dashes, and a site table answering "да" (yes) and "не" (no) per standard.
const REPORT = [
  'Писмо од претседателот',
  'Годинава ја проширивме продажбата. Сите четири наши погони',
  '– млекарата во Охрид, сирарницата во Струга, ладилникот во Битола и магацинот во Прилеп – се',
  'сертифицирани според ISO 50001.',
  '',
  'Табела 5. Стандарди по погон',
  'Погон                       ISO 9001     ISO 50001     HACCP',
  'Млекара Охрид               да           да            да',
  'Сирарница Струга            да           да            да',
  'Ладилник Битола             да           не            не',
  'Магацин Прилеп              не           да            не',
].join('\n');

function shares(text: string): [string | undefined, string, string | undefined][] {
  return extractDocument(docFromText(text), { year: 2031 })
    .claims.map((f) => f.fact)
    .filter((f) => f.metric === 'management.certified_site_share')
    .map((f) => [
      f.dims.standard,
      f.quantity.value.toString(),
      f.provenance.kind === 'document' ? f.provenance.extraction : undefined,
    ]);
}

describe('certified sites claimed in Macedonian', () => {
  it('reads "Сите четири наши погони" as every site, past the dashed aside listing them', () => {
    expect(shares(REPORT)).toEqual(
      expect.arrayContaining([
        ['ISO 50001', '75', 'table'],
        ['ISO 9001', '75', 'table'],
        ['ISO 50001', '100', 'text'],
      ]),
    );
  });

  it('points the claim to the line naming the standard, past the aside', () => {
    const claim = extractDocument(docFromText(REPORT), { year: 2031 })
      .claims.map((c) => c.fact)
      .find((f) => f.metric === 'management.certified_site_share' && f.quantity.value.eq(100));
    const at = claim?.provenance.kind === 'document' ? claim.provenance.location : undefined;
    expect(at).toMatchObject({ line: 4 });
  });

  it('still ends a clause at a comma outside an aside', () => {
    const plain = REPORT.replace(
      '\n– млекарата во Охрид, сирарницата во Струга, ладилникот во Битола и магацинот во Прилеп –',
      ', од кои едниот е нов, а',
    );
    expect(shares(plain).filter(([, , how]) => how === 'text')).toEqual([]);
  });
});
