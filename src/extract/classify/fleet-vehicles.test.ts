import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// A made-up ferry-and-coach operator: a highlights line, a fleet table by powertrain, and a sentence
// on the coaches bought in the year.
const REPORT = [
  'Lakeshore Coachlines Limited',
  'Sustainability Report 2025',
  '',
  'We ran 168 hybrid coaches in service at year end, 22.9% of our fleet.',
  '',
  'Table 4  Coach fleet at 31 December (number of coaches)',
  '',
  'Year        Euro VI    Hybrid    Battery electric     Total',
  '2025            498       164                  70       732',
  '2024            552       131                  41       724',
  '',
  'In 2025 we took delivery of 29 battery electric coaches and retired 61 older coaches.',
].join('\n');

describe('fleet counts by powertrain', () => {
  const facts = extractDocument(docFromText(REPORT)).facts.map((f) => f.fact);
  const fleet = facts.filter((f) => f.metric === 'fleet.vehicles');
  const of = (year: number, fuel: string | undefined) =>
    fleet
      .filter((f) => f.period.year === year && f.dims.fuel === fuel)
      .map((f) => f.quantity.value.toNumber());

  it('reads a fleet table’s columns as the vehicles of each powertrain, the total with none', () => {
    expect(of(2025, 'electric')).toEqual([70]);
    expect(of(2024, 'hybrid')).toEqual([131]);
    expect(of(2025, undefined)).toEqual([732]);
  });

  it('keeps a row naming no powertrain apart from the total, so the rows add up to it', () => {
    expect(of(2025, 'euro vi')).toEqual([498]);
  });

  it('reads a sentence’s count of hybrid coaches in service as a printing of the table’s', () => {
    expect(of(2025, 'hybrid').sort()).toEqual([164, 168]);
  });

  it('leaves vehicles delivered or retired in the year out of the fleet', () => {
    const values = fleet.map((f) => f.quantity.value.toNumber());
    expect(values).not.toContain(29);
    expect(values).not.toContain(61);
  });
});
