import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { classifyMention } from '../classify/index.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// A made-up energy table: quantities in their own units, then a heading row with no figures over the
// same carriers converted to GJ, printed further in. The heading names the group; each row under it
// keeps its own name and metric, and a row naming no metric is one source of the energy, not its total.
const TABLE = [
  'Energy consumption and mix',
  '                                          Unit              2025       2024',
  '  ----------------------------------------------------------------------------',
  '  Natural gas (kilns, dryers)             1,000 Nm³       12,736     11,984',
  '  Purchased electricity                   MWh             22,894     21,042',
  '  Energy use in GJ',
  '    natural gas                           GJ             504,346    474,566',
  '    bunker blend                          GJ              39,834     48,642',
  '    electricity                           GJ              82,418     75,751',
  '  Total energy consumption                GJ             626,598    598,959',
  '  ----------------------------------------------------------------------------',
].join('\n');

function read(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear: 2025, noise: findRunningHeaders(lines), skip: new Set() })
    .mentions.filter((m) => m.year === 2025)
    .map((m) => classifyMention(m, ['gri-2021']))
    .map((c) => ({ line: c.mention.line, label: c.mention.label, metric: c.metric?.id, dims: c.dims }));
}

describe('a heading row over rows printed further in', () => {
  it('leaves its name out of the first row under it', () => {
    const gas = read(TABLE).find((r) => r.line === 7);
    expect([gas?.label, gas?.metric]).toEqual(['natural gas', 'energy.natural_gas']);
  });

  it('gives the rows under it their own metric, not the row above the heading', () => {
    expect(read(TABLE).find((r) => r.line === 9)?.metric).toBe('energy.electricity');
  });

  it("reads a row naming no metric as one source of the caption's energy", () => {
    const blend = read(TABLE).find((r) => r.line === 8);
    expect([blend?.metric, blend?.dims.energy_source]).toEqual(['energy.total', 'bunker blend']);
  });

  it('still joins a label wrapped onto one further-in row', () => {
    const text = [
      '                                          Unit              2025       2024',
      '  Number of recordable work',
      '    injuries among contractors            cases               14         17',
      '  Hours worked                            hours        1,204,000  1,188,000',
    ].join('\n');
    expect(read(text).find((r) => r.line === 3)?.label).toBe(
      'Number of recordable work injuries among contractors',
    );
  });
});
