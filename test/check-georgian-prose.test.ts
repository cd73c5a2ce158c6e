// Georgian prose, worded as Georgian sustainability reports (მდგრადი განვითარების ანგარიში) word it: decimal
// commas, space-grouped thousands, and a part of the staff taken "of them" (მათგან) and restated as its share
// of the staff in the genitive ("ანუ მომუშავეთა 38,5%", i.e. 38.5% of the workers). Figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (share: string) =>
  [
    'სს „მთის ნაკადი"',
    'მდგრადი განვითარების ანგარიში 2031',
    '',
    '2. მიმართვა',
    '',
    `წლის ბოლოს ჩვენთან 2 480 ადამიანი მუშაობდა, მათგან 955 ქალი, ანუ მომუშავეთა ${share}%. საწარმოო`,
    'ტრავმა არ დაფიქსირებულა.',
    '',
  ].join('\n');

const findings = (share: string) =>
  checkFacts({ facts: extractDocument(docFromText(REPORT(share))).facts.map((f) => f.fact) }).findings.filter(
    (f) => f.rule === 'share.stated-fraction',
  );

describe('Georgian prose', () => {
  it('checks a share restated with "ანუ" against the part and the whole before it', () => {
    // 955 / 2 480 = 38,5%; 41,2% is off.
    expect(findings('38,5')).toEqual([]);
    expect(findings('41,2').map((f) => f.expected)).toEqual(['38.5']);
  }, 240_000);
});
