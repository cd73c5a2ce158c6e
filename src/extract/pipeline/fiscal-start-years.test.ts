import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from './extract-document.js';

describe('a report naming its fiscal years by their start', () => {
  it('gives each column and sentence the year the fiscal year ends in', () => {
    const text = [
      'Ogawa Valve Co., Ltd. Sustainability Data 2031',
      'Reporting period: FY2030 (April 1, 2030 – March 31, 2031)',
      '',
      'Item                    Unit      FY2029      FY2030',
      'Water withdrawal        m³         81,240      78,615',
      '',
      'In FY2030 the Group consumed 46,312 MWh of electricity.',
    ].join('\n');
    const result = toSpecOutput(extractDocument(docFromText(text, 'ogawa.txt')));
    const water = result.facts.filter((f) => f.metric === 'water.withdrawal');
    expect(water.map((f) => [f.year, f.value])).toEqual([
      [2030, 81240],
      [2031, 78615],
    ]);
    const power = result.facts.find((f) => f.metric === 'energy.electricity');
    expect(power?.year).toBe(2031);
  });
});
