import { describe, expect, it } from 'vitest';
import { scopeCodes } from './framework-codes.js';

describe('scopeCodes', () => {
  it("keeps the codes of the report's frameworks and sets other publishers' codes aside", () => {
    expect(scopeCodes(['HKEX:B1.2', 'GRI:401-1'], ['gri-2021'])).toEqual({
      codes: ['GRI:401-1'],
      otherCodes: ['HKEX:B1.2'],
    });
  });
  it('drops a code of another version of a followed framework (Appendix C2 under the 2020 Guide)', () => {
    expect(scopeCodes(['GRI:305-3', 'HKEX:D.metrics.ghg.scope3'], ['hkex-2020'])).toEqual({
      codes: [],
      otherCodes: ['GRI:305-3'],
    });
    expect(scopeCodes(['GRI:305-3', 'HKEX:D.metrics.ghg.scope3'], ['hkex-c2']).codes).toEqual([
      'HKEX:D.metrics.ghg.scope3',
    ]);
  });
});
