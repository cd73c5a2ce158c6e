// A winery's or brandy house's grapes are its raw material by weight (GRI 301-1): a letter's tonnes of
// grapes set against the purchases table's total, dated by the year the total row names. Invented text.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TEXT = [
  '«Արենի Վազ» ԲԲԸ  Կայուն զարգացման հաշվետվություն 2031',
  '',
  'Ընկերությունը 2031 թ. գնեց 8 514 տ խաղող, որից պատրաստվեց 2 106,4 հազ. լ գինի։',
  '',
  'Աղյուսակ 4. Խաղողի գնումներն ըստ մարզերի, 2031 թ.',
  '  Մարզ                        Գնված խաղող, տ     Ֆերմերներ',
  '  Արարատ                               3 208           251',
  '  Արմավիր                              2 716           198',
  '  Վայոց ձոր                            2 230           143',
  '  Ընդամենը 2031 թ.                     8 154           592',
  '  Ընդամենը 2030 թ.                     7 902           577',
].join('\n');

describe('grapes bought as a raw material', () => {
  it('reads the table total as materials used, last year’s total row as last year’s', () => {
    const used = extractDocument(docFromText(TEXT))
      .facts.map((f) => f.fact)
      .filter((f) => f.metric === 'materials.used' && Object.keys(f.dims).length === 0);
    expect(used.map((f) => [f.quantity.value.toString(), f.period.year])).toEqual(
      expect.arrayContaining([
        ['8514', 2031],
        ['8154', 2031],
        ['7902', 2030],
      ]),
    );
  });

  it('finds the letter’s figure with two digits swapped', () => {
    const facts = extractDocument(docFromText(TEXT)).facts.map((f) => f.fact);
    const found = checkFacts({ facts }).findings.filter(
      (f) => f.rule === 'duplicate.value' && f.severity !== 'info',
    );
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['8154', '8514']]);
  });
});
