import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// A made-up prose section printing key figures one a line: a name, its unit in brackets, then each
// year's figure after the year and a colon.
const TEXT = [
  'Greywater Haulage Ltd Sustainability Report 2025',
  '',
  'ENVIRONMENT',
  '',
  'Our depots switched to LED lighting in the spring.',
  '',
  'Diesel burned by the delivery trucks (litres):     2025: 412,880   2024: 398,310   2023: 377,040',
  'Water drawn from the town supply (m³):             2025: 61,200   2024: 58,940   2023: 60,115',
  'Depots opened (note 4):                            2025: 3   2024: 2',
  '',
  'Route planning cut empty running again this year.',
].join('\n');

describe('key figures keyed by year on one line', () => {
  const facts = extractDocument(docFromText(TEXT), { year: 2025 }).facts.map((f) => f.fact);
  const at = (line: number) =>
    facts
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
      .map((f) => [f.metric, f.period.year, f.quantity.value.toString(), f.quantity.unit.symbol]);

  it('reads each year’s figure with the unit in the name’s brackets', () => {
    expect(at(7)).toEqual([
      ['energy.diesel', 2025, '412880', 'L'],
      ['energy.diesel', 2024, '398310', 'L'],
      ['energy.diesel', 2023, '377040', 'L'],
    ]);
    expect(at(8)).toEqual([
      ['water.withdrawal', 2025, '61200', 'm3'],
      ['water.withdrawal', 2024, '58940', 'm3'],
      ['water.withdrawal', 2023, '60115', 'm3'],
    ]);
  });

  it('takes no unit from a bracket that is none', () => {
    expect(at(9)).toEqual([
      ['unclassified', 2025, '3', ''],
      ['unclassified', 2024, '2', ''],
    ]);
  });
});
