import { describe, expect, it } from 'vitest';
import { splitRow } from './split-row.js';

describe('splitRow', () => {
  it("reads an abbreviation under a Unit heading as the row's unit, not its name", () => {
    const row = splitRow(['5.', 'LTIFR (per 1 000 000 hours)', 'ind.', '3.29', '2.71'], { unitColumn: true });
    expect(row.labels.map((l) => l.text)).toEqual(['5.', 'LTIFR (per 1 000 000 hours)']);
    expect(row.unit).toBe('ind.');
    const free = splitRow(['5.', 'LTIFR (per 1 000 000 hours)', 'ind.', '3.29', '2.71']);
    expect(free.unit).not.toBe('ind.');
  });
  it('separates group, label, unit and values', () => {
    const row = splitRow(['By gender', 'Male', 'Person', '7,361']);
    expect(row.labels.map((l) => l.text)).toEqual(['By gender', 'Male']);
    expect(row.unit).toBe('Person');
    expect(row.values.map((v) => [v.index, v.cell.kind === 'value' ? v.cell.value : '-'])).toEqual([
      [3, '7361'],
    ]);
  });
  it('joins words cut by a tab and keeps no-data cells in place', () => {
    const row = splitRow(['Total e', 'mployees', '5,098', '9.7%']);
    expect(row.labels).toEqual([{ index: 0, text: 'Total employees' }]);
    const diesel = splitRow(['Diesel (MWh)', '30.1', '-']);
    expect(diesel.values.map((v) => v.cell.kind)).toEqual(['value', 'missing']);
  });
  it('keeps a row label alone when the group column is empty and drops layout debris', () => {
    expect(splitRow(['', 'Female', '132', '24%']).labels).toEqual([{ index: 1, text: 'Female' }]);
    expect(splitRow([')', '17.59', '0.60']).labels).toEqual([]);
    expect(splitRow(['1', 'About the Report', '10', 'Responsible Operation']).values).toEqual([]);
  });
});

describe('splitRow with a note column between the name and the unit', () => {
  it('drops the note reference, so the row keeps its name', () => {
    const row = splitRow(['Staff on fixed-term contracts', '9', 'headcount', '1,304', '1,266']);
    expect([row.labels.map((l) => l.text), row.unit]).toEqual([
      ['Staff on fixed-term contracts'],
      'headcount',
    ]);
    expect(splitRow(['Borehole water', '4a', 'ML', '61.2']).labels.map((l) => l.text)).toEqual([
      'Borehole water',
    ]);
    expect(splitRow(['Hours lost', '(3)', 'hours', '840']).labels.map((l) => l.text)).toEqual(['Hours lost']);
  });
  it('keeps a number that starts the row', () => {
    expect(splitRow(['7', 'Leased assets', 'tCO2e', '2,116']).labels.map((l) => l.text)).toEqual([
      '7',
      'Leased assets',
    ]);
  });
});

describe('splitRow with a unit symbol left one space after a long label', () => {
  it('takes the symbol for the unit cell', () => {
    const parts = splitRow(['Spent solvents and sludge (to incinerator) t', '48.2', '51.7', '49.9']);
    expect([parts.labels.map((l) => l.text), parts.unit]).toEqual([
      ['Spent solvents and sludge (to incinerator)'],
      't',
    ]);
    expect(splitRow(['Boiler fuel burnt on site MWh', '9,410']).unit).toBe('MWh');
  });
  it("keeps a scale word after the label's comma with its glued unit (Georgian 'ათ. მ³', thousand m³)", () => {
    // As extract/clean hands the row on: decimal points, "m3".
    const parts = splitRow(['სარწყავი წყლის აღება, ათ. მ3', '612.4', '588.0']);
    expect([parts.labels.map((l) => l.text), parts.unit]).toEqual([['სარწყავი წყლის აღება'], 'ათ. მ3']);
    const english = splitRow(['Process water drawn, thous. m3', '73.5']);
    expect([english.labels.map((l) => l.text), english.unit]).toEqual([['Process water drawn'], 'thous. m3']);
  });
  it('leaves a label ending in a word, or a short name, as printed', () => {
    expect(splitRow(['Average training hours', '21.4']).unit).toBe('');
    expect(splitRow(['Injury rate in', '0.42']).unit).toBe('');
    expect(splitRow(['Plant t', '12.5']).unit).toBe('');
    expect(splitRow(['Warehouses and depots (m³)', '7,915']).labels.map((l) => l.text)).toEqual([
      'Warehouses and depots (m³)',
    ]);
  });
});

describe('splitRow with columns of words beside the figures', () => {
  it('reads "coefficient" beside a rate as its unit cell, so the rate keeps its name', () => {
    const parts = splitRow(['4.', 'LTIFR (per 1 million man-hours)', 'coefficient', '1.19', '1.60']);
    expect([parts.labels.map((l) => l.text), parts.unit]).toEqual([
      ['4.', 'LTIFR (per 1 million man-hours)'],
      'coefficient',
    ]);
  });

  it('takes the unit left of a boundary column and leaves the boundary out of the name', () => {
    const parts = splitRow(['Steam purchased', 'GJ', 'Domestic', '4,210', '3,985']);
    expect([parts.labels.map((l) => l.text), parts.unit, parts.values.length]).toEqual([
      ['Steam purchased'],
      'GJ',
      2,
    ]);
  });

  it('leaves the name to the line above when the row opens with its unit', () => {
    const parts = splitRow(['', '%', 'Parent only', '12.4', '11.9']);
    expect([parts.labels, parts.unit]).toEqual([[], '%']);
  });

  it('keeps a word that may be a group label as a label', () => {
    expect(splitRow(['Hours', 'Female', '3,120']).labels.map((l) => l.text)).toEqual(['Hours', 'Female']);
  });

  it('reads the figures before a remarks column', () => {
    const parts = splitRow(['Category 7 Employee commuting', '2,906', 'Distance-based method']);
    expect(parts.values.map((v) => v.cell.kind === 'value' && v.cell.value)).toEqual(['2906']);
    expect(splitRow(['Goal 2', '2035', 'Halve water use']).values).toEqual([]);
  });

  it('reads a row whose last year is a dash before its unit or remarks column', () => {
    const unit = splitRow(['Aged 18 to 29', '312', '–', 'persons']);
    expect(unit.unit).toBe('persons');
    expect(unit.values.map((v) => v.cell.kind)).toEqual(['value', 'missing']);
    const noted = splitRow(['Apprentices', '41', 'n/a', 'first intake in the year']);
    expect(noted.values.map((v) => v.cell.kind)).toEqual(['value', 'missing']);
  });
});

describe('splitRow in a highlights box', () => {
  it('reads a figure with its unit before a bracketed remark, not the figure as a unit cell', () => {
    const parts = splitRow(['Sludge treated', '7,305 t', '(landfill share 1.2%)']);
    expect([parts.labels.map((l) => l.text), parts.unit]).toEqual([['Sludge treated'], '']);
    expect(parts.values.map((v) => v.cell.kind === 'value' && [v.cell.value, v.cell.unit])).toEqual([
      ['7305', 't'],
    ]);
  });
});

describe('splitRow in a list of key figures with a page column', () => {
  it('reads the figure before its unit and leaves the page after it out', () => {
    const share = splitRow(['K4', 'Apprentices among staff', '6.8', '%', '14']);
    expect([share.labels.map((l) => l.text), share.unit]).toEqual([['K4', 'Apprentices among staff'], '%']);
    expect(share.values.map((v) => v.cell.kind === 'value' && v.cell.value)).toEqual(['6.8']);
    const worded = splitRow(['K5', 'Volunteers', '312 persons', '22']);
    expect(worded.values.map((v) => v.cell.kind === 'value' && v.cell.value)).toEqual(['312']);
    // A share and a small figure beside it are two figures, not a figure and its page.
    const pair = splitRow(['Women', '38%', '6']);
    expect(pair.values.map((v) => v.cell.kind === 'value' && v.cell.value)).toEqual(['38', '6']);
  });
});
