import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { inferDims } from './index.js';

// Made-up rows of a Dutch staff table: the whole, then its parts by country, each opened by "waarvan".
describe('Dutch part rows naming a place', () => {
  it('gives a "waarvan" row naming a country or continent that region, without the lead word', () => {
    expect(inferDims('waarvan België', '', true)).toEqual({ region: 'België' });
    expect(inferDims('  waarvan Frankrijk', '', true)).toEqual({ region: 'Frankrijk' });
    expect(inferDims('Buitenland', '', true)).toEqual({ region: 'Buitenland' });
    expect(inferDims('davon Österreich', '', true)).toEqual({ region: 'Österreich' });
    expect(inferDims('waarvan vrouwen', '', true)).toEqual({ gender: 'female' });
  });

  it('reads a Dutch share of women in management as that category’s, not the whole staff’s', () => {
    expect(inferDims('Aandeel vrouwen in leidinggevende functies', '', true)).toEqual({
      gender: 'female',
      employee_category: 'in leidinggevende functies',
    });
  });

  it('keeps the whole apart from its parts by country in a table by gender', () => {
    const text = [
      'Tabel 2 – Medewerkers per land en geslacht (aantal personen op 31 december)',
      '',
      '                                Vrouwen   Mannen   Totaal',
      'Totaal medewerkers                  214      705       919',
      '  waarvan Nederland                 141      452       593',
      '  waarvan Duitsland                  73      253       326',
    ].join('\n');
    const facts = extractDocument(docFromText(text), { year: 2025 }).facts.map((f) => f.fact);
    const total = facts.filter((f) => f.metric === 'workforce.total' && f.dims.gender === undefined);
    expect(total.map((f) => [f.quantity.value.toString(), f.dims.region])).toEqual([
      ['919', undefined],
      ['593', 'Nederland'],
      ['326', 'Duitsland'],
    ]);
  });
});
