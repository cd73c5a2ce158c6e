import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { joinGroupHeading, joinMarkerCells } from './marker-cells.js';

// Made-up report text whose column gaps a converter printed as tabs.
const values = (lines: readonly string[]) =>
  extractDocument(docFromText(['Tarnholm Mills', 'Annual report 2025', '', ...lines].join('\n'))).facts.map(
    (f) => [f.fact.metric, f.fact.quantity.value.toString()],
  );

describe('marks a tab cut from the words they lead', () => {
  it('joins a bullet, a section number or a frame back to its words', () => {
    expect(joinMarkerCells(['•', '2,306 employees'], '  •\t2,306 employees')).toEqual(['• 2,306 employees']);
    expect(joinMarkerCells(['4.2.1', 'Our people'], '4.2.1\tOur people')).toEqual(['4.2.1 Our people']);
    expect(joinMarkerCells(['│', '71.3% recycled', '│'], '  │\t71.3% recycled\t│')).toEqual([
      '│  71.3% recycled  │',
    ]);
    expect(joinMarkerCells(['| Water', '| 3,417', '|'], '| Water\t| 3,417\t|')).toEqual([
      '| Water  | 3,417  |',
    ]);
  });

  it('leaves a table row and a numbered row with figures as cells', () => {
    expect(joinMarkerCells(['Scope 1', '4,120'], 'Scope 1\t4,120')).toEqual(['Scope 1', '4,120']);
    expect(joinMarkerCells(['3', 'College', '184'], '3\tCollege\t184')).toEqual(['3', 'College', '184']);
  });

  it('reads the prose under a tabbed section heading and a tabbed bullet', () => {
    const read = values([
      '3.6.5\tCommunity',
      '',
      'In 2025 we gave USD 4.37 million to community projects near our mills.',
      '',
      '  •\t2,306 employees at the end of 2025',
    ]);
    expect(read.map(([, value]) => value)).toContain('4.37');
    expect(read).toContainEqual(['workforce.total', '2306']);
  });

  it('reads the unit a tabbed caption prints at its far right', () => {
    const facts = extractDocument(
      docFromText(
        [
          'Tarnholm Mills',
          'Annual report 2025',
          '',
          'Table 7.3\tGreenhouse gas emissions\t(Unit: tCO2e)',
          '',
          'Indicator\t2024\t2025',
          'Scope 1 emissions\t6,318.4\t6,027.9',
        ].join('\n'),
      ),
    ).facts;
    const read = facts.map((f) => [
      f.fact.period.year,
      f.fact.quantity.value.toString(),
      f.fact.quantity.unit.symbol,
    ]);
    expect(read).toContainEqual([2025, '6027.9', 'tCO2e']);
    expect(read).toContainEqual([2024, '6318.4', 'tCO2e']);
    // Over years, the number joins its title (the label column's heading) and the years stay columns.
    expect(joinMarkerCells(['Table 7.3', 'Energy', '2024', '2025'], 'Table 7.3\tEnergy\t2024\t2025')).toEqual(
      ['Table 7.3 Energy', '2024', '2025'],
    );
  });

  it('keeps the column headings a tabbed caption prints after its title as cells', () => {
    const cells = ['Table 9', 'Training, 2031', 'Employees', 'Trained', '% trained'];
    expect(joinMarkerCells(cells, cells.join('\t'))).toEqual([
      'Table 9 Training, 2031',
      'Employees',
      'Trained',
      '% trained',
    ]);
  });

  it('reads a caption numbered with its section letters, and one over years, as the spaced line does', () => {
    expect(joinMarkerCells(['Table E-2', 'Water balance by plant'], 'x')).toEqual([
      'Table E-2 Water balance by plant',
    ]);
    const facts = extractDocument(
      docFromText(
        [
          'Tarnholm Mills',
          'Annual report 2025',
          '',
          "Table SR-2\tCommunity spending (€ '000)\t2025\t2024",
          '  School meals\t1,412\t1,286',
          '  Clinic upkeep\t614\t598',
        ].join('\n'),
      ),
    ).facts;
    const read = facts.map((f) => [
      f.fact.period.year,
      f.fact.quantity.value.toString(),
      f.fact.quantity.unit.symbol,
    ]);
    expect(read).toContainEqual([2025, '1412', 'EUR thousand']);
  });

  it('reads a tabbed group heading over its indented rows as a heading, not a header', () => {
    const facts = extractDocument(
      docFromText(
        [
          'Tarnholm Mills',
          'Annual report 2025',
          '',
          'Emissions (tCO2e)',
          '                              2024\t2025',
          'Scope 1\tDirect emissions',
          '  Boiler gas\t1,512.6\t1,407.3',
          '  Fleet diesel\t388.1\t362.4',
        ].join('\n'),
      ),
    ).facts;
    const read = facts.map((f) => [f.fact.period.year, f.fact.quantity.value.toString()]);
    expect(read).toContainEqual([2024, '388.1']);
    expect(read).toContainEqual([2025, '362.4']);
    const line = (no: number, text: string, indent?: number) => ({ no, text, indent });
    expect(
      joinGroupHeading(['Scope 1', 'Direct emissions'], line(5, 'x'), line(6, 'Gas\t1,512.6', 2)),
    ).toEqual(['Scope 1 Direct emissions']);
    expect(joinGroupHeading(['Indicator', 'Unit'], line(5, 'x'), line(6, 'Gas\tMWh\t1,512.6'))).toHaveLength(
      2,
    );
  });

  it('reads a markdown table whose cell gaps are tabs', () => {
    const read = values([
      '| Indicator\t| 2024\t| 2025\t|',
      '|---\t|---\t|---\t|',
      '| Water withdrawal (m³)\t| 3,417\t| 3,209\t|',
    ]);
    expect(read).toContainEqual(['water.withdrawal', '3209']);
  });
});
