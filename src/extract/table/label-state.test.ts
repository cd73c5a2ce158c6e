import { describe, expect, it } from 'vitest';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import {
  finishesLabelAbove,
  type LabelState,
  nameFigureRow,
  newLabelState,
  parentOf,
  readLineWithoutFigures,
} from './label-state.js';
import type { RowState } from './row-state.js';
import { splitRow } from './split-row.js';

// Made-up rows: a label cell and two figures, printed `indent` spaces in.
function line(no: number, cells: string[], indent = 0): ReportLine {
  return { no, cells, text: cells.join('\t'), raw: cells.join('\t'), indent };
}

function rowState(): RowState {
  return { header: undefined, section: '', group: '', caption: 'Workforce', headerRow: false, unit: '' };
}

/** Reads the lines as read-table does: one-cell lines are lines without figures, the rest rows of figures. */
function nameAll(lines: ReportLine[], labels: LabelState = newLabelState(), state: RowState = rowState()) {
  const names: string[] = [];
  lines.forEach((row, at) => {
    const parts = splitRow(row.cells);
    const text = parts.labels[parts.labels.length - 1]?.text ?? '';
    if (parts.values.length === 0) {
      const section = state.section;
      readLineWithoutFigures(
        labels,
        { only: text, section, indent: row.indent ?? 0, isHeader: false },
        state,
      );
      return;
    }
    const figures = { row, rows: lines, at, parts, text, priorYear: undefined, from: 0, reportYear: 2025 };
    names.push(nameFigureRow(labels, figures, state).label);
  });
  return { names, labels, state };
}

describe('the label state of a table', () => {
  it('opens the label of the row below a line of part words', () => {
    const { names } = nameAll([
      line(1, ['Employees at year end', '4,812', '4,577']),
      line(2, ['Of which seconded to']),
      line(3, ['partner sites', '139', '121']),
    ]);
    expect(names).toEqual(['Employees at year end', 'Of which seconded to partner sites']);
  });

  it('keeps an "of which" list open over rows printed further in, and a heading line over indented rows closes it', () => {
    const { names } = nameAll([
      line(1, ['Energy purchased', '8,210', '7,904'], 2),
      line(2, ['Of which grid electricity', '6,002', '5,871'], 4),
      line(3, ['Rooftop solar', '415', '388'], 6),
      line(4, ['Fuels by site'], 2),
      line(5, ['Harbour yard', '1,207', '1,160'], 4),
      line(6, ['Inland depot', '586', '485'], 4),
    ]);
    expect(names).toEqual([
      'Energy purchased',
      'Of which grid electricity',
      'Of which Rooftop solar',
      'Harbour yard',
      'Inland depot',
    ]);
  });

  it('lets no row under a heading line over indented rows begin with it or break down the row above it', () => {
    const state = rowState();
    const labels = newLabelState();
    const { names } = nameAll(
      [
        line(1, ['New hires', '318', '296'], 2),
        line(2, ['Leavers by reason'], 2),
        line(3, ['resigned', '201', '187'], 4),
        line(4, ['retired', '117', '109'], 4),
      ],
      labels,
      state,
    );
    expect([names, parentOf(labels, 'retired', state)]).toEqual([['New hires', 'resigned', 'retired'], '']);
  });

  it('finishes the label of the row above with a lower-case line and gives its mentions the whole label', () => {
    const labels = newLabelState();
    nameAll([line(1, ['Share of sites with water', '62.5', '58.1'])], labels);
    const mention = { label: 'Share of sites with water', unit: '' } as Mention;
    const out = [mention, { ...mention }];
    expect(finishesLabelAbove(labels, out, 'stress plans')).toBe(true);
    expect(out.map((m) => m.label)).toEqual([
      'Share of sites with water stress plans',
      'Share of sites with water stress plans',
    ]);
    expect(labels.previous?.label).toBe('Share of sites with water stress plans');
  });

  it('makes the line over a header the caption and forgets the row a breakdown would name', () => {
    const state = rowState();
    const labels = newLabelState();
    nameAll([line(1, ['Leavers', '57', '49']), line(2, ['Table 7 Turnover by age'])], labels, state);
    readLineWithoutFigures(labels, { only: '', section: '', indent: 0, isHeader: true }, state);
    expect([state.caption, parentOf(labels, 'of whom under 30', state), labels.named]).toEqual([
      'Table 7 Turnover by age',
      '',
      undefined,
    ]);
  });
});
