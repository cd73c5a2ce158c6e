import { describe, expect, it } from 'vitest';
import { extractDocument } from '../index.js';
import { docFromText } from '../../../test/support/doc-from-text.js';

// A made-up fuel table whose two-line header prints each year over two sub-columns: the amount as
// metered, and its standard-coal equivalent in tonnes; a rate row prints one figure per year.
const FUELS = [
  '表5　燃料消耗',
  '燃料品种        单位                  2031年                     2030年                     2029年',
  '                               实物量       折标准煤(吨)         实物量       折标准煤(吨)         实物量       折标准煤(吨)',
  '天然气         万立方米          2,104.50     25,555.94    1,960.20     23,803.71    1,880.40     22,834.70',
  '柴油          吨                212.3        309.34       198.6        289.38       190.1        276.99',
  '综合能耗合计      吨标准煤                 —     25,865.28           —     24,093.09           —     23,111.69',
  '单位产品综合能耗    吨标准煤/吨                        0.7412                    0.7705                    0.8013',
].join('\n');

const factsOf = (text: string) =>
  extractDocument(docFromText(text), { year: 2031 }).facts.map(({ fact }) => [
    fact.metric,
    fact.period.year,
    fact.quantity.value.toString(),
    fact.quantity.unit.symbol,
  ]);

describe('a two-line header printing each year over an amount and its standard-coal equivalent', () => {
  // The equivalent is an energy amount (29.3076 GJ a tonne), read in MWh; the metered diesel stays in tonnes.
  it('dates each pair of sub-columns by the year over it', () => {
    expect(factsOf(FUELS).filter(([metric]) => metric === 'energy.diesel')).toEqual([
      ['energy.diesel', 2031, '212.3', 't'],
      ['energy.diesel', 2031, '2518.33694', 'MWh'],
      ['energy.diesel', 2030, '198.6', 't'],
      ['energy.diesel', 2030, '2355.84258', 'MWh'],
      ['energy.diesel', 2029, '190.1', 't'],
      ['energy.diesel', 2029, '2254.97559', 'MWh'],
    ]);
  });

  it('reads the equivalent column in tonnes of standard coal, and keeps a rate row its own unit', () => {
    expect(
      factsOf(FUELS)
        .filter(([metric]) => metric === 'energy.total_tce')
        .map(([, y, , u]) => [y, u]),
    ).toEqual([
      [2031, 'tce'],
      [2030, 'tce'],
      [2029, 'tce'],
    ]);
    // 0.7412 tce per tonne of output, in MWh per tonne: the rate's own unit, not the column's.
    expect(
      factsOf(FUELS)
        .filter(([metric]) => metric === 'energy.intensity')
        .map(([, y, v]) => [y, v]),
    ).toEqual([
      [2031, '6.0341092'],
      [2030, '6.2726405'],
      [2029, '6.5233833'],
    ]);
  });
});
