import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './extract-document.js';

// A made-up Armenian dairy's staff table: a "Միավոր" (unit) column of counted nouns ("մարդ", persons),
// rows of women ("Կանայք"), men ("Տղամարդիկ") and the total ("Ընդամենը"). Every figure is invented.
const report = [
  '«ԼՈՌՈՒ ԿԱԹ» ՍՊԸ  Կայուն զարգացման հաշվետվություն 2030',
  '',
  'Աղյուսակ 4. Աշխատակիցներ',
  '                                   Միավոր           2028 թ.     2029 թ.     2030 թ.',
  '  Կանայք                           մարդ                 318         327         341',
  '  Տղամարդիկ                        մարդ                 205         211         219',
  '  Ընդամենը                         մարդ                 523         538         560',
  '  Դժբախտ պատահարներ                դեպք                   4           2           3',
].join('\n');

const rowsOf = (line: number) =>
  extractDocument(docFromText(report, 'lori.txt'))
    .facts.map((f) => f.fact)
    .filter(
      (f) =>
        f.provenance.kind === 'document' && f.provenance.location.line === line && f.period.year === 2030,
    )
    .map((f) => ({ label: f.label, metric: f.metric, gender: f.dims.gender }));

describe('an Armenian table with a units column of counted nouns', () => {
  it('reads each row by its own label, with the gender it names', () => {
    expect(rowsOf(5)).toEqual([{ label: 'Կանայք', metric: 'workforce.total', gender: 'female' }]);
    expect(rowsOf(6)).toEqual([{ label: 'Տղամարդիկ', metric: 'workforce.total', gender: 'male' }]);
    expect(rowsOf(7)).toEqual([{ label: 'Ընդամենը', metric: 'workforce.total', gender: undefined }]);
  });
});
