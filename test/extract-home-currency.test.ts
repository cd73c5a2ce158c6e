// A bare "$" or "pesos" takes the currency the document names for its family: a Canadian report's
// "$" is the C$ of its tables, a Mexican one's "pesos" the MXN of its tables, so a sentence and a row
// of one amount are compared. Companies and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

const unitOn = (text: string, line: number) =>
  facts(text).find((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)?.quantity
    .unit.symbol;

const CANADIAN = [
  'Tamarack Butte Resources – 2031 Sustainability Report',
  '',
  'In 2031 we spent $27.35 million on pipeline integrity digs across the Peace River assets.',
  '',
  'Table 4 - Integrity programme',
  '                                                      2031         2030',
  'Pipeline integrity digs (C$ thousands)               27,350       24,910',
  '',
].join('\n');

const MEXICAN = (scale: string) =>
  [
    'Cerámica Tlalpan – Informe de Sostenibilidad 2031',
    '',
    'Las cifras se expresan en miles de pesos mexicanos (MXN).',
    '',
    `En 2031 la fundación destinó 7,918 ${scale} de pesos a becas técnicas.`,
    '',
    'Indicador                                Unidad          2030        2031',
    '--------------------------------------------------------------------------',
    'Becas técnicas                           miles MXN      6,204       7,918',
    '--------------------------------------------------------------------------',
    '',
  ].join('\n');

describe('the currency of a bare "$" or "pesos"', () => {
  it('is the one dollar the document names, never the US dollar by default', () => {
    expect(unitOn(CANADIAN, 3)).toBe('CAD million');
    expect(unitOn(CANADIAN.replace('(C$ thousands)', '(US$ thousands)'), 3)).toBe('USD million');
  });

  it('is the pesos the document names, read in a sentence', () => {
    expect(unitOn(MEXICAN('millones'), 5)).toBe('MXN million');
    expect(
      unitOn(MEXICAN('millones').replace('mexicanos (MXN)', 'chilenos (CLP)').replace('MXN', 'CLP'), 5),
    ).toBe('CLP million');
  });

  it('lets a sentence in millones de pesos be set against the row in miles', () => {
    const slips = (text: string) =>
      checkFacts({ facts: facts(text) }).findings.filter(
        (f) => f.severity !== 'info' && f.source.some((s) => s.line === 5),
      );
    expect(slips(MEXICAN('miles'))).toEqual([]);
    expect(slips(MEXICAN('millones')).length).toBeGreaterThan(0);
  });
});
