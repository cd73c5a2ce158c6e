import { describe, expect, it } from 'vitest';
import { isEsgError } from '../../core/index.js';
import { InvalidRowsError } from '../aggregate/index.js';
import { runActivityCsv } from './run-activity.js';

const options = { file: 'activity.csv', entity: 'Test Co' };

async function problemsOf(csv: string) {
  try {
    await runActivityCsv(csv, options);
  } catch (e) {
    if (e instanceof InvalidRowsError) return e;
    throw e;
  }
  throw new Error('expected InvalidRowsError');
}

describe('bad rows', () => {
  it('reports every bad row by row and column in one INVALID_INPUT, and computes nothing', async () => {
    const csv = [
      'site,year,activity,amount,unit,region',
      'A,2023,electricity,"1,000",kWh,CN', // row 2: fine
      'A,2023,steam_coal,5,t,CN', // row 3: unknown activity
      'A,2023,electricity,12,m3,CN', // row 4: wrong dimension
      'A,2023,diesel,-4,L,CN', // row 5: negative
      'A,2023,water,12;5,m3,CN', // row 6: unparsable
      'A,20x3,water,7,lightyears,CN', // row 7: bad year and unknown unit
      'A,2023,natural_gas,10,m3,CN', // row 8: fine
    ].join('\n');
    const e = await problemsOf(csv);
    expect(isEsgError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'activity'],
      [4, 'unit'],
      [5, 'amount'],
      [6, 'amount'],
      [7, 'year'],
      [7, 'unit'],
    ]);
    expect(e.message).toMatch(/activity\.csv: 6 problems; nothing was computed/);
    expect(e.message).toMatch(/row 4, column unit: electricity is measured in energy, not volume \(m3\)/);
    expect(e.message).toMatch(/row 5, column amount: negative amount -4/);
  });

  it('names an unknown or unusable factor id in the factor column', async () => {
    const csv = [
      'site,year,activity,amount,unit,region,factor',
      'A,2023,electricity,100,kWh,CN,NO-SUCH-FACTOR',
      'A,2023,electricity,100,kWh,CN,GWP-AR5-CH4-fossil',
      'A,2023,natural_gas,100,m3,CN,NDRC-OI-diesel-carbon',
    ].join('\n');
    const e = await problemsOf(csv);
    expect(e.problems.map((p) => p.message)).toEqual([
      'unknown factor id "NO-SUCH-FACTOR"',
      'factor GWP-AR5-CH4-fossil (gwp) cannot be used for electricity',
      'factor NDRC-OI-diesel-carbon is for diesel, not natural_gas',
    ]);
  });

  it('refuses a header without the required columns', async () => {
    await expect(runActivityCsv('site,year,activity,qty\nA,2023,water,1', options)).rejects.toThrow(
      /lacks column\(s\) amount, unit/,
    );
  });

  it('reports missing factors together and computes nothing (REFERENCE_DATA)', async () => {
    const csv = [
      'site,year,activity,amount,unit,region',
      'A,2023,purchased_goods,1000,RMB,CN',
      'B,2023,electricity,100,kWh,US-TX',
    ].join('\n');
    const err = await runActivityCsv(csv, options).catch((e: unknown) => e);
    expect(isEsgError(err, 'REFERENCE_DATA')).toBe(true);
    expect(String(err)).toMatch(/2 missing factor/);
    expect(String(err)).toMatch(/purchased_goods .* spend factors depend on what was bought/);
    expect(String(err)).toMatch(/electricity at B \(US-TX, 2023; rows 3\)/);
  });
});
