import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { readScopeNote } from './scope-note.js';

describe('readScopeNote', () => {
  it('reads what a note narrows figures to, and the figures it names', () => {
    expect(readScopeNote('The electricity figure above only covers the Penang and Ipoh plants.')).toEqual({
      covers: 'Penang and Ipoh plants',
      subject: ['electricity'],
    });
    expect(readScopeNote('Hazardous waste data include only waste produced at the Kulim site.')).toEqual({
      covers: 'Kulim site',
      subject: ['hazardous', 'waste'],
    });
    expect(readScopeNote('Fuel figures are reported for the Johor warehouse only.')?.covers).toBe(
      'Johor warehouse',
    );
    expect(readScopeNote('Water withdrawal excludes the leased offices in Perth.')).toEqual({
      covers: 'excluding leased offices in Perth',
      subject: ['water', 'withdrawal'],
    });
    expect(readScopeNote('The data above only cover our own fleet.')).toEqual({
      covers: 'our own fleet',
      subject: [],
    });
  });

  it('leaves alone a narrowing that names no site, and a plain boundary statement', () => {
    expect(
      readScopeNote('The waste figures only include hazardous waste sent to licensed handlers.'),
    ).toBeUndefined();
    expect(readScopeNote('These KPIs cover all offices and plants of the Group.')).toBeUndefined();
  });
});

const REPORT = [
  'Sample Ceramics Limited',
  'This report covers the period from 1 January 2024 to 31 December 2024.',
  'Our environmental figures for the year are set out below, with notes on their coverage where needed.',
  'Indicator\t2024',
  'Total energy consumption (MWh)\t8,420.5',
  'Energy intensity (MWh per employee)\t6.12',
  'Total water consumption (m3)\t15,860',
  'Water intensity (m3 per employee)\t11.53',
  'Notes:',
  '1. Energy data are for all sites of the Group.',
  '2. The water consumption above only covers the Foshan and Zibo factories; other sites share meters with landlords.',
  'Employees are the heart of our business and we invest in their growth through training and fair pay.',
  'Recycled water (m3)\t2,310',
].join('\n');

describe('scope notes in extraction', () => {
  it('give the figures of the table above the note that it names a scope dim, never the intensities', () => {
    const facts = extractDocument(docFromText(REPORT)).facts.map((f) => f.fact);
    const scopeOf = (metric: string) => facts.find((f) => f.metric === metric)?.dims;
    expect(scopeOf('water.consumption')).toEqual({ scope: 'Foshan and Zibo factories' });
    expect(scopeOf('energy.total')).toEqual({});
    expect(scopeOf('water.intensity')).toEqual({ denominator: 'employee' });
    // Below the prose that ends the notes, a figure is outside the note's reach.
    const recycled = facts.find((f) => f.quantity.value.toString() === '2310');
    expect(recycled).toBeDefined();
    expect(recycled?.dims.scope).toBeUndefined();
  });
});

const FOOTNOTED = [
  'Sample Glassworks plc',
  'This report covers the period from 1 January 2025 to 31 December 2025.',
  'The table below sets out the resources our operations used during the year, with footnotes on coverage.',
  'Indicator\tUnit\t2025',
  'Purchased electricity¹\tMWh\t12,406.8',
  'Natural gas\tMWh\t3,318.2',
  'Municipal water withdrawal [2]\tm3\t48,215',
  '1. Covers the Leipzig and Dresden plants only; figures are for those sites only.',
  '[2] Excludes the two rented warehouses in Hamburg.',
  'Total (excluding the German plants)\tMWh\t15,725.0',
].join('\n');

describe('footnoted scope notes', () => {
  it('narrow only the rows that carry their mark', () => {
    const facts = extractDocument(docFromText(FOOTNOTED)).facts.map((f) => f.fact);
    const scopeOf = (value: string) => facts.find((f) => f.quantity.value.toString() === value)?.dims.scope;
    expect(scopeOf('12406.8')).toBe('Leipzig and Dresden plants');
    expect(facts.some((f) => f.quantity.value.toString() === '3318.2')).toBe(true);
    expect(scopeOf('3318.2')).toBeUndefined();
    expect(scopeOf('48215')).toBe('excluding two rented warehouses in Hamburg');
    // A row label that says "excluding" is no note about the rows above it.
    expect(scopeOf('3318.2')).toBeUndefined();
  });
});
