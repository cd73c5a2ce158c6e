import { describe, expect, it } from 'vitest';
import { isEsgError } from '../errors/index.js';
import { parseUnit, tryParseUnit, unitOf } from './index.js';

/** printed text → [canonical symbol, dimension, factor to the dimension's base] */
const PRINTED: readonly (readonly [string, string, string, string])[] = [
  ['Tons (CO <sub>2</sub> equivalent)', 'tCO2e', 'ghg', '1000'],
  ['tCO $_2$ e', 'tCO2e', 'ghg', '1000'],
  ['m<sup>3</sup>', 'm3', 'volume', '1'],
  ['tonnes CO₂e', 'tCO2e', 'ghg', '1000'],
  ['tons of CO2 equivalent', 'tCO2e', 'ghg', '1000'],
  ['tCO2-e', 'tCO2e', 'ghg', '1000'],
  ['kgCO2e', 'kgCO2e', 'ghg', '1'],
  // Taiwanese reports: 公噸 is the metric ton, 新臺幣 the New Taiwan dollar.
  ['公噸CO2e', 'tCO2e', 'ghg', '1000'],
  ['公噸', 't', 'mass', '1000'],
  ['新臺幣千元', 'TWD thousand', 'money:TWD', '1000'],
  ['ktCO2e', 'ktCO2e', 'ghg', '1000000'],
  ['MtCO2e', 'MtCO2e', 'ghg', '1000000000'],
  ['MtCO2', 'MtCO2', 'ghg', '1000000000'],
  ['CO2e (t)', 'tCO2e', 'ghg', '1000'],
  ['kWh', 'kWh', 'energy', '3600000'],
  ["'000 kWh", 'thousand kWh', 'energy', '3600000000'],
  ["kWh in '000s", 'thousand kWh', 'energy', '3600000000'],
  ["kWh ('000)", 'thousand kWh', 'energy', '3600000000'],
  ['MWh', 'MWh', 'energy', '3600000000'],
  ['GWh', 'GWh', 'energy', '3600000000000'],
  ['GJ', 'GJ', 'energy', '1000000000'],
  ['TJ', 'TJ', 'energy', '1000000000000'],
  ['PJ', 'PJ', 'energy', '1000000000000000'],
  ['tce', 'tce', 'energy', '29307600000'],
  ['tons of standard coal', 'tce', 'energy', '29307600000'],
  ['kgce', 'kgce', 'energy', '29307600'],
  // A plant's specific fuel use prints grams or kilograms before 'tce', the standard-fuel measure.
  ['g tce', 'gce', 'energy', '29307.6'],
  ['kg tce', 'kgce', 'energy', '29307600'],
  ['g tce/kWh', 'gce/kWh', 'energy/energy', '0.008141'],
  ['kgce/kWh', 'kgce/kWh', 'energy/energy', '8.141'],
  ['kg tce / Gcal', 'kgce/Gcal', 'energy/energy', '0.007'],
  ['kg', 'kg', 'mass', '1'],
  ['t', 't', 'mass', '1000'],
  ['tonnes', 't', 'mass', '1000'],
  ["'000 tonnes", 'thousand t', 'mass', '1000000'],
  ['thousand tonnes', 'thousand t', 'mass', '1000000'],
  ['m3', 'm3', 'volume', '1'],
  ['M^3', 'm3', 'volume', '1'],
  ['m³', 'm3', 'volume', '1'],
  ['cubic meters', 'm3', 'volume', '1'],
  ['L', 'L', 'volume', '0.001'],
  ['ML', 'ML', 'volume', '1000'],
  ['megaliters', 'ML', 'volume', '1000'],
  ['mL', 'mL', 'volume', '0.000001'],
  ['million m3', 'million m3', 'volume', '1000000'],
  ['RMB', 'RMB', 'money:RMB', '1'],
  ['RMB 10,000', 'RMB 10,000', 'money:RMB', '10000'],
  ["RMB'0000", 'RMB 10,000', 'money:RMB', '10000'],
  ["RMB 0'000", 'RMB 10,000', 'money:RMB', '10000'],
  ['RMB thousand', 'RMB thousand', 'money:RMB', '1000'],
  ['RMB million', 'RMB million', 'money:RMB', '1000000'],
  ['million yuan', 'RMB million', 'money:RMB', '1000000'],
  ['万元', 'RMB 10,000', 'money:RMB', '10000'],
  ['HK$', 'HKD', 'money:HKD', '1'],
  ['HK$ million', 'HKD million', 'money:HKD', '1000000'],
  ["HK$'000", 'HKD thousand', 'money:HKD', '1000'],
  ['US$', 'USD', 'money:USD', '1'],
  ['$ million', 'USD million', 'money:USD', '1000000'],
  ['$M', 'USD million', 'money:USD', '1000000'],
  ['£m', 'GBP million', 'money:GBP', '1000000'],
  ['persons', 'persons', 'count', '1'],
  ['people', 'persons', 'count', '1'],
  ['#', 'count', 'count', '1'],
  ['hours', 'hours', 'time', '3600'],
  ['Days', 'days', 'time', '86400'],
  ['%', '%', 'fraction', '0.01'],
  ['per cent', '%', 'fraction', '0.01'],
  ['m2', 'm2', 'area', '1'],
  ['square metre', 'm2', 'area', '1'],
  ['acres', 'acres', 'area', '4046.8564224'],
  ['hectares', 'ha', 'area', '10000'],
  ['km', 'km', 'length', '1000'],
  ['million km', 'million km', 'length', '1000000000'],
  ['MW', 'MW', 'power', '1000000'],
  ['mg/l', 'mg/L', 'mass/volume', '0.001'],
  ['tCO2e/m2', 'tCO2e/m2', 'ghg/area', '1000'],
  ['tonnes/person', 't/person', 'mass/count', '1000'],
  ['tCO2-e/RMB 10,000 revenue', 'tCO2e/RMB 10,000', 'ghg/money:RMB', '0.1'],
  ['MWh per square metre', 'MWh/m2', 'energy/area', '3600000000'],
  ['kg per RMB10,000', 'kg/RMB 10,000', 'mass/money:RMB', '0.0001'],
  ['kg/million revenue (RMB)', 'kg/RMB million', 'mass/money:RMB', '0.000001'],
  ['Tons (CO2 equivalent)/10,000 pieces', 'tCO2e/10,000 pieces', 'ghg/count', '0.1'],
  ['tCO2e per thousand boe of production', 'tCO2e/thousand boe', 'ghg/oil-equivalent', '1'],
  ['accidents per million km driven', 'accidents/million km', 'count/length', '0.000000001'],
  ['GWh/base units kWh', 'GWh', 'energy', '3600000000000'],
  ['t withdrawn/t production', 't/t', 'mass/mass', '1'],
  ['hours per year', 'hours/year', 'time/period', '300'],
  ['MWh/$M', 'MWh/USD million', 'energy/money:USD', '3600'],
  ['MSEK', 'SEK million', 'money:SEK', '1000000'],
  ['CHFm', 'CHF million', 'money:CHF', '1000000'],
  ['kgCO2e/NOKm', 'kgCO2e/NOK million', 'ghg/money:NOK', '0.000001'],
  ['GJ/EURbn', 'GJ/EUR billion', 'energy/money:EUR', '1'],
  ['亿元', 'RMB 100 million', 'money:RMB', '100000000'],
  ['Unit: tonnes', 't', 'mass', '1000'],
  ['ktonnes', 'kt', 'mass', '1000000'],
  ['tCO2e per capita', 'tCO2e/person', 'ghg/count', '1000'],
];

describe('parseUnit', () => {
  it.each(PRINTED)('reads %j as %s', (printed, symbol, dimension, factor) => {
    const u = parseUnit(printed);
    expect({ symbol: u.symbol, dimension: u.dimension, factor: u.toBase.toFixed() }).toEqual({
      symbol,
      dimension,
      factor,
    });
  });

  it('returns a bare unit, without the registry notes and aliases', () => {
    expect(Object.keys(parseUnit('tCO2e')).sort()).toEqual(['dimension', 'symbol', 'toBase']);
    expect(JSON.stringify(parseUnit('employees'))).toBe(
      '{"symbol":"persons","dimension":"count","toBase":"1","counted":"employees"}',
    );
  });

  it('reads look-alike Cyrillic and Greek letters and case and spacing variants', () => {
    expect(parseUnit('tСО2е').symbol).toBe('tCO2e'); // Cyrillic С, О, е
    expect(parseUnit('ΜWh').symbol).toBe('MWh'); // Greek capital mu
    expect(parseUnit('  Kilowatt-Hours ').symbol).toBe('kWh');
    expect(parseUnit('T CO2E').symbol).toBe('tCO2e');
    expect(parseUnit('ＭＷｈ').symbol).toBe('MWh'); // full-width forms
  });

  it('reads recordable-injury rates per 200,000 hours', () => {
    const u = parseUnit('recordable injuries per 200,000 hours worked');
    expect(u.symbol).toBe('recordable injuries/200,000 hours');
    expect(u.dimension).toBe('count/time');
    expect(
      u.toBase
        .times(200000 * 3600)
        .toSignificantDigits(30)
        .toFixed(),
    ).toBe('1');
  });

  it('reads Mt as megatonnes, and mt / MT as metric tons unless context says otherwise', () => {
    expect(parseUnit('Mt').toBase.toFixed()).toBe('1000000000');
    expect(parseUnit('mt').symbol).toBe('t');
    expect(parseUnit('MTCO2e').symbol).toBe('tCO2e');
    expect(parseUnit('mtCO2e').symbol).toBe('tCO2e');
    expect(parseUnit('mtCO2e', { mt: 'megatonne' }).symbol).toBe('MtCO2e');
    expect(parseUnit('MT', { mt: 'megatonne' }).symbol).toBe('Mt');
    expect(parseUnit('Mt', { mt: 'metric-ton' }).symbol).toBe('Mt');
  });

  it('reads a bare $ as USD unless told which dollar the document uses', () => {
    expect(parseUnit('$ million').dimension).toBe('money:USD');
    expect(parseUnit('$ million', { dollar: 'HKD' }).symbol).toBe('HKD million');
    expect(parseUnit('HK$ million', { dollar: 'SGD' }).symbol).toBe('HKD million');
  });

  it('reads counts that remember what they count', () => {
    expect(parseUnit('patents')).toMatchObject({ symbol: 'patents', dimension: 'count', counted: 'patents' });
    expect(parseUnit('person-times')).toMatchObject({ symbol: 'person-times', counted: 'person-times' });
    expect(parseUnit('employees')).toMatchObject({ symbol: 'persons', counted: 'employees' });
    expect(parseUnit('employees and their children')).toMatchObject({
      symbol: 'employees and their children',
      dimension: 'count',
    });
    expect(parseUnit('10,000 pieces')).toMatchObject({ symbol: '10,000 pieces', counted: 'pieces' });
    expect(parseUnit('10,000 pieces').toBase.toFixed()).toBe('10000');
    expect(tryParseUnit('dormitories', { countNouns: false })).toBeUndefined();
  });

  it('counts no linking word, scale word or glued units as a noun, so every symbol reads back the same', () => {
    expect(tryParseUnit(' per  of thousand')).toBeUndefined();
    expect(tryParseUnit('of')).toBeUndefined();
    for (const text of [
      ' per  of thousand',
      '元Mtons',
      '5thousand10,000万million',
      "2thousand'0000'000million–t",
      'beds of wards',
    ]) {
      const u = tryParseUnit(text);
      const again = u && parseUnit(u.symbol);
      expect([again?.dimension, again?.toBase.toFixed()]).toEqual([u?.dimension, u?.toBase.toFixed()]);
    }
    expect(parseUnit('beds of wards')).toMatchObject({ symbol: 'beds of wards', dimension: 'count' });
  });

  it('keeps what a percentage is of', () => {
    expect(parseUnit('% of national standard')).toMatchObject({
      symbol: '% of national standard',
      dimension: 'fraction',
    });
  });

  it('reads a bare R as the rand only before a scale', () => {
    expect(parseUnit('R million')).toMatchObject({ symbol: 'ZAR million', dimension: 'money:ZAR' });
    expect(parseUnit("R'000").toBase.toFixed()).toBe('1000');
    expect(parseUnit('kgCO2e/R bn sales')).toMatchObject({ dimension: 'ghg/money:ZAR' });
    for (const notMoney of ['R', 'R&D', 'R million hours'])
      expect(tryParseUnit(notMoney), notMoney).toBeUndefined();
  });

  it('reads a bare N (typed for ₦) as the naira only before a scale', () => {
    expect(parseUnit("N'000")).toMatchObject({ symbol: 'NGN thousand', dimension: 'money:NGN' });
    expect(parseUnit('N billion').toBase.toFixed()).toBe('1000000000');
    for (const notMoney of ['N', 'kg N', 'N2O']) expect(tryParseUnit(notMoney), notMoney).toBeUndefined();
  });

  it('reads the pula, kwachas and Namibian dollar in the forms their reports print', () => {
    expect(parseUnit("P'000")).toMatchObject({ symbol: 'BWP thousand', dimension: 'money:BWP' });
    expect(parseUnit('P m').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('P million')).toMatchObject({ dimension: 'money:BWP' });
    expect(parseUnit("K'000")).toMatchObject({ symbol: 'ZMW thousand', dimension: 'money:ZMW' });
    expect(parseUnit('MK billion')).toMatchObject({ dimension: 'money:MWK' });
    expect(parseUnit("N$'000")).toMatchObject({ symbol: 'NAD thousand', dimension: 'money:NAD' });
    for (const notMoney of ['P', 'K', 'MK', 'kg P', 'P2O5', 'P million hours', 'K million hours'])
      expect(tryParseUnit(notMoney), notMoney).toBeUndefined();
  });

  it('scales a currency only by a power of ten, never by an amount printed after it', () => {
    expect(parseUnit('RMB 10,000').toBase.toFixed()).toBe('10000');
    expect(parseUnit('USD 1000').toBase.toFixed()).toBe('1000');
    // "NAD 50", "EUR 25", "3 HK$": the figure is an amount, no scale of the unit.
    for (const amount of ['nad 50', 'NAD 50', 'EUR 25', '3 HK$', '50 NAD'])
      expect(tryParseUnit(amount), amount).toBeUndefined();
  });

  it('refuses text that only looks like a unit', () => {
    for (const bad of ['kWhh', 'MWhs', 'tCO2x', '/m2', 't/', '12 %/', 'x'.repeat(201)]) {
      expect(tryParseUnit(bad), bad).toBeUndefined();
      expect(() => parseUnit(bad)).toThrow(expect.objectContaining({ code: 'UNIT_UNKNOWN' }));
    }
  });

  it('names the unknown unit in a one-line message', () => {
    try {
      parseUnit('kWhh');
      expect.unreachable();
    } catch (e) {
      expect(isEsgError(e, 'UNIT_UNKNOWN')).toBe(true);
      expect((e as Error).message).toMatch(/^unknown unit "kWhh"/);
    }
  });
});

describe('unitOf', () => {
  it('returns the unit for each canonical symbol other modules rely on', () => {
    const symbols = [
      ...['tCO2e', 'kgCO2e', 'ktCO2e', 'MtCO2e', 'kWh', 'MWh', 'GWh', 'GJ', 'TJ', 'tce', 'kgce'],
      ...['t', 'kg', 'kt', 'Mt', 'L', 'm3', 'ML', 'm2', 'km', 'RMB', 'HKD', 'USD', 'EUR', 'GBP'],
      ...['persons', 'count', 'hours', 'days', '%', 'tCO2e/m2', 'MWh/person', 'tCO2e/RMB million'],
      ...['t/RMB million', 'm3/person', 'hours/person', 'RMB 10,000'],
    ];
    for (const s of symbols) expect(unitOf(s).symbol).toBe(s);
  });

  it('refuses a printed form that is not canonical, naming the canonical one', () => {
    expect(() => unitOf('tonnes')).toThrow(/did you mean "t"/);
    expect(() => unitOf('nonsense1')).toThrow(expect.objectContaining({ code: 'UNIT_UNKNOWN' }));
  });
});

describe('Traditional Chinese units', () => {
  it('reads the units Hong Kong reports print as their Simplified forms do', () => {
    for (const [printed, symbol] of [
      ['噸二氧化碳當量', 'tCO2e'],
      ['千瓦時', 'kWh'],
      ['萬千瓦時', '10,000 kWh'],
      ['噸', 't'],
      ['小時', 'hours'],
      ['萬元', 'RMB 10,000'],
    ] as const)
      expect(parseUnit(printed).symbol, printed).toBe(symbol);
  });

  it('reads the litre and cubic metre Taiwanese reports print (公升, 立方公尺)', () => {
    expect(parseUnit('公升').symbol).toBe('L');
    expect(parseUnit('百萬公升').symbol).toBe('million L');
    expect(parseUnit('立方公尺').symbol).toBe('m3');
  });
});

describe('Persian ratios', () => {
  it('reads "بر" (per) between two units', () => {
    expect(tryParseUnit('گیگاژول بر متر مربع')?.dimension).toBe('energy/area');
  });
});
