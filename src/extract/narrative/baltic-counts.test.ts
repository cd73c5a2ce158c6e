import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { classifyMention } from '../classify/index.js';
import { toReportLines } from '../layout/index.js';
import { isDisclosure } from '../select/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented Latvian and Lithuanian sentences counting a group of staff, its adjective before the people
// word and "or" (jeb, arba) before the share of the workforce it makes up.

/** Value, unit, metric and dims of each disclosure a paragraph gives. */
function disclosures(text: string, reportYear = 2026) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear, skip: new Set() })
    .mentions.map((m) => classifyMention(m, ['gri-2021']))
    .filter(isDisclosure)
    .map((c) => ({ value: c.mention.value, unit: c.mention.unit, dims: c.dims }));
}

describe('Baltic counts of a group of staff', () => {
  it('reads "518 pastāvīgie darbinieki jeb 100 %" as a count of permanent employees', () => {
    expect(
      disclosures(
        'Drošības instruktāžu 2026. gadā noklausījās 518 pastāvīgie darbinieki jeb 100 % no darbiniekiem.',
      ),
    ).toContainEqual({ value: '518', unit: 'pastāvīgie darbinieki', dims: { employment_type: 'permanent' } });
  });

  it('reads a temporary group, and a Lithuanian permanent one before "arba"', () => {
    expect(disclosures('Mācības 2026. gadā pabeidza 73 pagaidu darbinieki.')).toContainEqual({
      value: '73',
      unit: 'pagaidu darbinieki',
      dims: { employment_type: 'temporary' },
    });
    expect(
      disclosures('2026 m. mokymus baigė 612 nuolatiniai darbuotojai arba 97 % visų darbuotojų.'),
    ).toContainEqual({
      value: '612',
      unit: 'nuolatiniai darbuotojai',
      dims: { employment_type: 'permanent' },
    });
  });
});
