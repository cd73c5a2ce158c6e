import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toSpecOutput } from '../output/index.js';
import { checkedFacts } from './document-order.js';
import { extractDocument } from './extract-document.js';

// Invented site tables of a water utility and a hotel group: one row per site, a yes/no column or a
// column of figures with dashes where a site lacks the feature, and a total row.
const RESERVOIRS = [
  'Table 3  Treatment works, 2033',
  '  Works                    Source       Output     Leak      UV',
  '                                        [Ml/d]     [%]       disinfection',
  '  ------------------------------------------------------------------',
  '  Harlow Moor              River          86.4     11.2      Yes',
  '  Penwick Fell             Reservoir      42.7      9.8       No',
  '  Stanbury Edge            Reservoir      61.0     12.4      Yes',
  '  Ashcombe boreholes       Aquifer        18.2      7.1      n/a',
  '  Total                                  208.3',
].join('\n');

const HOTELS = [
  'Our hotels in 2033',
  '  Hotel                    Rooms        Electricity (MWh)    EV charging points    Water (m³)',
  '  Quayside Grand           412 (409)    8,412.6              24                    96,410',
  '  Hillcrest Lodge          186 (186)    3,102.4              –                     41,225',
  '  Bayview Suites           254 (240)    4,876.0              12                    58,902',
  '  Central reservations     –            214.8                –                     1,806',
  '  Total                    852 (835)    16,605.8             36                    198,343',
].join('\n');

function counts(text: string): [string | undefined, string | undefined, string, number | undefined][] {
  return extractDocument(docFromText(text), { year: 2033 })
    .claims.map((f) => f.fact)
    .filter((f) => f.metric === 'coverage.table_feature_rows')
    .map((f) => [
      f.dims.feature,
      f.dims.rows,
      f.quantity.value.toString(),
      f.provenance.kind === 'document' ? f.provenance.location.line : undefined,
    ]);
}

describe('a site table column that some of its sites lack', () => {
  it('counts the yes answers of the rows a yes/no column answers, n/a rows and the total left out', () => {
    expect(counts(RESERVOIRS)).toEqual([['UV disinfection', '3', '2', 1]]);
  });

  it('counts the figures of a column with dashes among the sites every other column fills', () => {
    // Central reservations prints no rooms: it is no hotel the claim could count.
    expect(counts(HOTELS)).toEqual([['EV charging points', '3', '2', 1]]);
  });

  it('gives nothing for a column every site has, or for a year column with a dash', () => {
    const full = RESERVOIRS.replace(/No$/mu, 'Yes');
    expect(counts(full)).toEqual([]);
    const years = [
      'Water by site',
      '  Site                 2033        2032',
      '  Harlow Moor          86.4        84.1',
      '  Penwick Fell         42.7        –',
      '  Stanbury Edge        61.0        60.2',
    ].join('\n');
    expect(counts(years)).toEqual([]);
  });

  it('reads a trailing "No" as an answer, not as the "No." unit of a count', () => {
    const penwick = extractDocument(docFromText(RESERVOIRS), { year: 2033 })
      .facts.map((f) => f.fact)
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 6);
    expect(penwick.map((f) => f.quantity.unit.symbol)).not.toContain('count');
    expect(penwick.length).toBeGreaterThan(0);
  });
  it.each(['Insgesamt', 'Ukupno', 'Yhteensä', 'Group'])(
    'leaves a total row named "%s" out of the hotels it sums',
    (total) => {
      // The total fills every column, EV charging points too: read as a hotel it would count 3 of 4.
      const table = HOTELS.replace('  Total                 ', `  ${total.padEnd(22)}`);
      expect(counts(table)).toEqual([['EV charging points', '3', '2', 1]]);
    },
  );
});

describe('claims kept apart from the facts', () => {
  const result = extractDocument(docFromText(RESERVOIRS), { year: 2033 });
  const claimMetric = (m: string) => m === 'coverage.table_feature_rows';

  it('gives the count as a claim, never as a fact', () => {
    expect(result.claims.map((f) => f.fact.metric).filter(claimMetric)).toHaveLength(1);
    expect(result.facts.map((f) => f.fact.metric).filter(claimMetric)).toEqual([]);
  });

  it('prints claims in their own JSON array, shaped as facts, and leaves them out of the facts', () => {
    const out = toSpecOutput(result);
    expect(out.claims).toEqual([
      expect.objectContaining({ metric: 'coverage.table_feature_rows', value: 2, source: { line: 1 } }),
    ]);
    expect(out.facts.map((f) => f.metric)).not.toContain('coverage.table_feature_rows');
  });

  it('hands check the facts and claims in document order', () => {
    const lines = checkedFacts(result).map((f) =>
      f.fact.provenance.kind === 'document' ? (f.fact.provenance.location.line ?? 0) : 0,
    );
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(checkedFacts(result)).toHaveLength(result.facts.length + result.claims.length);
  });
});
