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
  it('gives a Scope 1 figure under Appendix C2 the Part D code only, and KPI A1.2 too when the index cites A1.2', () => {
    const scope1 = ['HKEX:A1.2', 'GRI:305-1', 'HKEX:D.metrics.ghg.scope1'];
    // C2 removed KPI A1.2 (hkex-c2 catalogue, `replaced`): the figure answers Part D's GHG emissions.
    expect(scopeCodes(scope1, ['hkex-c2']).codes).toEqual(['HKEX:D.metrics.ghg.scope1']);
    // A report whose own index still cites A1.2 reads that code against the 2020 Guide: both are emitted.
    expect(scopeCodes(scope1, ['hkex-c2', 'hkex-2020']).codes).toEqual([
      'HKEX:A1.2',
      'HKEX:D.metrics.ghg.scope1',
    ]);
  });
});
