// Extraction and check together on Indigenous employees (GRI 405-1 b, ICMM; Canada's First Nations,
// Métis and Inuit, New Zealand's Māori): a table's Indigenous column or row counts a group of the
// workforce, not a second headcount, so a share printed in a sentence is taken over the headcount itself.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function findings(text: string, rule: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0))]);
}

const byRegion = (share: string) =>
  [
    'Tōtara Bay Dairy Co-operative',
    'Sustainability Report 2025',
    '',
    `Our people. A total of 93 team members identify as Māori, or ${share}% of our workforce, up from 81.`,
    '',
    'Table 6  Team members at 31 May 2025',
    '',
    '                          Women       Men     Total     Māori',
    '---------------------------------------------------------------',
    'Waikato                      88       231       319        47',
    'Canterbury                   52       176       228        29',
    'Head office                  71        56       127        17',
    '---------------------------------------------------------------',
    'Total                       211       463       674        93',
  ].join('\n');

describe('Indigenous employees counted beside the headcount', () => {
  it('checks a share of the workforce against the Indigenous column over the total column', () => {
    // 93 / 674 = 13.8%, printed 15.8%.
    expect(findings(byRegion('15.8'), 'share.total')).toEqual([['error', [4, 14]]]);
    expect(findings(byRegion('13.8'), 'share.total')).toEqual([]);
  });
});
