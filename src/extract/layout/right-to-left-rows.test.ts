import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from '../pipeline/index.js';
import { toReportLines, type ReportLine } from './index.js';
import { readRightToLeftRows } from './right-to-left-rows.js';

const read = (text: string) => toReportLines(docFromText(text));
const cellsAt = (lines: readonly ReportLine[], no: number) => lines.find((l) => l.no === no)?.cells;
// Where a cell ends on its printed line: the figures of a column end in one place.
const endOf = (line: ReportLine | undefined, cell: string) =>
  (line?.indent ?? 0) + (line?.raw.indexOf(cell) ?? 0) + cell.length;

// A made-up Hebrew energy table, flattened as the page is drawn: figures first, the label at the right.
const ENERGY = [
  'טבלה 2: צריכת אנרגיה לפי דלק )MWh(',
  '          2022          2023          2024   דלק',
  '--------------------------------------------------------',
  '       8,402.1       8,115.6       7,930.4   גז טבעי',
  '         612.8         590.2         571.9   סולר',
  '         203.5         198.4         188.0     מתוכו במלגזות',
  '--------------------------------------------------------',
  '       9,014.9       8,705.8       8,502.3   סה"כ צריכת אנרגיה',
].join('\n');

describe('a Hebrew table flattened figures first', () => {
  const lines = read(ENERGY);

  it('reads each row label first, its figures in the order printed', () => {
    expect(cellsAt(lines, 2)).toEqual(['דלק', '2022', '2023', '2024']);
    expect(cellsAt(lines, 4)).toEqual(['גז טבעי', '8,402.1', '8,115.6', '7,930.4']);
    expect(cellsAt(lines, 8)).toEqual(['סה"כ צריכת אנרגיה', '9,014.9', '8,705.8', '8,502.3']);
  });

  it('keeps every figure under its year, and a sub-row indented', () => {
    const header = lines.find((l) => l.no === 2);
    const total = lines.find((l) => l.no === 8);
    expect(endOf(total, '9,014.9')).toBe(endOf(header, '2022'));
    expect(endOf(total, '8,502.3')).toBe(endOf(header, '2024'));
    const row = lines.find((l) => l.no === 5);
    const sub = lines.find((l) => l.no === 6);
    expect((sub?.indent ?? 0) - (row?.indent ?? 0)).toBe(2);
  });

  it('turns the caption’s mirrored brackets back', () => {
    expect(cellsAt(lines, 1)).toEqual(['טבלה 2: צריכת אנרגיה לפי דלק (MWh)']);
  });

  it('gives the table’s facts their metric and years', () => {
    const facts = toSpecOutput(extractDocument(docFromText(`דוח קיימות 2024\n\n${ENERGY}`))).facts;
    const gas = facts.filter((f) => f.metric === 'energy.natural_gas').map((f) => [f.year, f.value]);
    expect(gas).toEqual([
      [2022, 8402.1],
      [2023, 8115.6],
      [2024, 7930.4],
    ]);
  });
});

describe('key figures and site tables in a right-to-left script', () => {
  it('reads a key figure name first, its percent sign after the figure', () => {
    const lines = read(
      ['   %14.2          שיעור מיחזור פסולת', '   3,905           עובדים )בסוף שנה('].join('\n'),
    );
    expect(cellsAt(lines, 1)).toEqual(['שיעור מיחזור פסולת', '14.2%']);
    expect(cellsAt(lines, 2)).toEqual(['עובדים (בסוף שנה)', '3,905']);
  });

  it('keeps yes/no answers and a count out of a whole in their columns', () => {
    const lines = read(
      [
        '  ISO 45001     العاملون     الموقع',
        '     نعم          214     الدمام',
        '     لا           167     ينبع',
        '    1 من 2        381     المجموع',
      ].join('\n'),
    );
    expect(lines[0]?.raw).toBe('الموقع      ISO 45001     العاملون');
    expect(cellsAt(lines, 3)).toEqual(['ينبع', 'لا', '167']);
    expect(cellsAt(lines, 4)).toEqual(['المجموع', '1 من 2', '381']);
  });

  it('prints a minus drawn after its figure before it', () => {
    const lines = read(['     2023      2024   שינוי', '     12.4      5.2-   פליטות'].join('\n'));
    expect(cellsAt(lines, 2)).toEqual(['פליטות', '12.4', '-5.2']);
  });
});

describe('lines printed left to right', () => {
  const unchanged = (text: string) => {
    const lines = docFromText(text).lines;
    expect(readRightToLeftRows(lines)).toBe(lines);
  };

  it('leaves an English row, a bilingual heading and a bilingual header as printed', () => {
    unchanged(
      [
        '7  SAFETY                                           السلامة',
        '',
        '                        2025      2024   Unit    البند',
        'Diesel                 3,412     3,508   GJ      الديزل',
      ].join('\n'),
    );
  });

  it('leaves a right-to-left table already printed label first', () => {
    unchanged(
      ['البند      2023      2024      الوحدة', 'الديزل     3,412     3,508     جيجا جول'].join('\n'),
    );
  });

  it('leaves brackets that read as printed, list letters with no opening bracket, a percent after its figure', () => {
    unchanged(
      ['شركة الواحة للأسمنت (ش.م.ع) 2025', 'a) water drawn from wells', 'نسبة التدوير 41.5%'].join('\n'),
    );
  });
});
