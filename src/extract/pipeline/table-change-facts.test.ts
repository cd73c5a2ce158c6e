import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './extract-document.js';
import { STATED_CHANGE } from './stated-change-facts.js';

const REPORT = [
  'Northwind Dyeworks plc',
  'This report covers the period from 1 January 2023 to 31 December 2023.',
  'Metric                     Unit          2023          2022     Change vs prior year (%)',
  'Direct emissions (Scope 1) tCO2e      4 120.0       4 680.0          (12.0)',
  'Water consumption          m3          88 400        80 000            10.5',
  'Sulphur dioxide emitted    t             12.6          14.0             -10.0',
  '',
  'Indicator\tUnit\t2023\t2022',
  'Hazardous waste\tt\t310\t290',
].join('\n');

function changes(text: string) {
  return extractDocument(docFromText(text))
    .facts.filter((f) => f.fact.metric === STATED_CHANGE)
    .map((f) => [
      f.fact.provenance.kind === 'document' ? f.fact.provenance.location.line : 0,
      f.fact.quantity.value.toString(),
      f.fact.period.year,
      f.fact.dims.of,
    ]);
}

describe('a table change column', () => {
  it('gives signed change facts of its row metric, parentheses and minus read as decreases', () => {
    const found = changes(REPORT);
    expect(found).toContainEqual([4, '-12', 2023, 'ghg.scope1']);
    expect(found).toContainEqual([5, '10.5', 2023, 'water.consumption']);
    // A table with no change column gives none.
    expect(found.map((c) => c[0])).not.toContain(9);
  });

  it('gives nothing when the header names no change column', () => {
    expect(changes(REPORT.replace('Change vs prior year (%)', 'Notes'))).toEqual([]);
  });
});
