import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './index.js';

// A made-up plant table whose typesetter left only two spaces between the label and the region
// columns and between the figures and their units.
const NARROW = [
  'Fuel and power by works',
  '',
  'Works              Region     Amount  Unit',
  'Tarnby Lime Kilns  North       8,412  MWh',
  'Osterlund Quarry   South       2,906  MWh',
  'Hallby Depot       East          377  MWh',
].join('\n');

describe('columns printed two spaces apart down a whole table', () => {
  it('parts every row at the shared gutter', () => {
    const lines = toReportLines(docFromText(NARROW));
    expect(lines.find((l) => l.no === 4)?.cells).toEqual(['Tarnby Lime Kilns', 'North', '8,412', 'MWh']);
    expect(lines.find((l) => l.no === 6)?.cells).toEqual(['Hallby Depot', 'East', '377', 'MWh']);
  });

  it('leaves two spaces inside one line’s label, and a bulleted list, whole', () => {
    const text = [
      'Scope 1  emissions were 1,204 tCO2e this year.',
      '',
      '  •  812 tonnes of steel recycled at the Vale works',
      '  •  96 suppliers audited on site',
      '  •  14 community grants paid out',
    ].join('\n');
    const lines = toReportLines(docFromText(text));
    expect(lines.map((l) => l.cells.length)).toEqual([1, 1, 1, 1]);
    expect(lines[1]?.raw).toBe('•  812 tonnes of steel recycled at the Vale works');
  });
});

describe('a numbered list set apart from its items by a wide gap', () => {
  it('is no table row: an item number is no figure', () => {
    const text = [
      '   4.      Noise from the night shift at the quarry          Community',
      '   5.      Dust on the haul roads in the dry season          Environment',
    ].join('\n');
    const lines = toReportLines(docFromText(text));
    expect(lines.map((l) => l.cells.length)).toEqual([1, 1]);
  });
});
