import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from './extract-document.js';

// A synthetic staff table with a note column and numbered notes under it. Every figure is invented.
const text = [
  'Harrow Vale Foods plc Sustainability Report 2031',
  '',
  'Table 6  Staff at 31 December',
  '                                      Note  Unit             2031        2030',
  'Total permanent employees                4  number          3,214       3,106',
  'Seasonal workers (average)               5  number            642         611',
  'Leavers                                     number            281         266',
  '4  Permanent employees at 31 December, all sites.',
  '5  Employees and agency pickers, from the payroll.',
  '',
  'Notes',
  ' 6  Staff moved between sites are counted once.',
  '',
  'In 2031, 3,410 permanent employees completed a food-safety course.',
].join('\n');

describe('numbered notes under a table', () => {
  const facts = toSpecOutput(extractDocument(docFromText(text, 'harrow.txt'))).facts;

  it('reads no count from a note’s number', () => {
    expect(facts.filter((f) => [8, 9, 12].includes(f.source.line ?? 0))).toEqual([]);
  });

  it('names each row by its label, not by its note reference', () => {
    const row = facts.find((f) => f.source.line === 5 && f.year === 2031);
    expect([row?.label, row?.metric, row?.dims]).toEqual([
      'Total permanent employees',
      'workforce.total',
      { employment_type: 'permanent' },
    ]);
  });

  it('still reads the prose after the notes', () => {
    expect(facts.some((f) => f.source.line === 14 && f.value === 3410)).toBe(true);
  });
});
