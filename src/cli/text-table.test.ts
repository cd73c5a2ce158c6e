import { describe, expect, it } from 'vitest';
import { renderTable } from './text-table.js';

describe('renderTable', () => {
  it('pads every column but the last to its widest cell, header included, two spaces apart', () => {
    const text = renderTable(
      ['id', 'unit', 'label'],
      [
        ['ghg.scope1', 't', 'Scope 1 emissions'],
        ['water', 'm3', 'Water withdrawn'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'id          unit  label',
      'ghg.scope1  t     Scope 1 emissions',
      'water       m3    Water withdrawn',
    ]);
  });

  it('does not pad the last column (an empty one leaves the separator), and prints the header alone for no rows', () => {
    const text = renderTable(
      ['code', 'quant'],
      [
        ['A1.1', ''],
        ['KPI A2.5', 'yes'],
      ],
    );
    expect(text.split('\n')).toEqual(['code      quant', 'A1.1      ', 'KPI A2.5  yes']);
    expect(renderTable(['code', 'title'], [])).toBe('code  title');
  });

  it('widens a column for a cell longer than its header', () => {
    expect(renderTable(['k', 'v'], [['energy.electricity', '4217.5']])).toBe(
      'k                   v\nenergy.electricity  4217.5',
    );
  });
});
