import { describe, expect, it } from 'vitest';
import { readGluedNote } from './glued-note.js';
import { parseCellValue } from './parse-cell.js';

// One rule for a note digit glued to a figure: the cell reader takes it off where the grouping alone
// proves it, the flattened-columns reader where the table prints the note.
describe('readGluedNote', () => {
  it('reads the mark off a figure whose last comma group has four digits', () => {
    expect(readGluedNote('3,071,4502')).toEqual({
      sign: '',
      grouped: '3,071,450',
      value: '3071450',
      mark: '2',
      certain: true,
    });
    expect(readGluedNote('(6,318,2074')).toMatchObject({ sign: '(', grouped: '6,318,207', certain: true });
  });

  it('leaves a one-group figure, a zero mark or a leading zero to a printed note', () => {
    expect(readGluedNote('58,3163')).toMatchObject({ value: '58316', mark: '3', certain: false });
    expect(readGluedNote('7,205,3310')).toMatchObject({ mark: '0', certain: false });
    expect(readGluedNote('0,914,2261')).toMatchObject({ certain: false });
  });

  it('reads no mark off a sound grouping or a decimal figure', () => {
    expect(readGluedNote('7,205,331')).toBeUndefined();
    expect(readGluedNote('7,205.3318')).toBeUndefined();
  });

  it('is the rule the cell reader follows', () => {
    expect(parseCellValue('3,071,4502')).toMatchObject({ value: '3071450', printed: '3,071,450' });
    expect(parseCellValue('−6,318,2074')).toMatchObject({ value: '-6318207' });
    expect(parseCellValue('58,3163')).toBeUndefined();
  });
});
