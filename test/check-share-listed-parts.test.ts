// A sentence listing the parts of a headcount, each with its share ("31 held a doctorate, accounting for
// 2.2%; 402 held a master's degree, accounting for 29.1%; …"): the parts add up to the headcount the
// report prints, so each share is its part over that headcount.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (master: string) =>
  [
    'Qingshan Optics Co., Ltd.                              2025 ESG Report',
    '',
    'At the end of 2025, the Company had 1,383 employees.',
    '',
    `By education, 31 employees held a doctorate, accounting for 2.2%; 402 held a master's degree,`,
    `accounting for ${master}; 688 held a bachelor's degree, accounting for 49.7%; and 262 had`,
    'junior college education or below, accounting for 18.9%.',
  ].join('\n');

const found = (master: string) =>
  checkFacts({
    facts: extractDocument(docFromText(report(master))).facts.map((f) => f.fact),
  }).findings.filter((f) => f.rule === 'share.listed-parts');

describe('shares of the listed parts of a headcount', () => {
  it('finds the share that is not its part over the whole (402 of 1,383 is 29.1%)', () => {
    const findings = found('34.6%');
    expect(findings.map((f) => [f.source.map((s) => s.line), f.expected])).toEqual([[[6], '29.1']]);
  });

  it('passes shares that are their parts over the whole', () => {
    expect(found('29.1%')).toEqual([]);
  });
});
