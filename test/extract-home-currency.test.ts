// A bare "$", "pesos", "¥" or "dirhams" takes the currency the document names for its family: a
// Canadian report's "$" is the C$ of its tables, a Mexican one's "pesos" the MXN of its tables, a
// Chinese one's "¥" the RMB it names, a Moroccan one's "dirhams" the MAD of its tables, so a sentence
// and a row of one amount are compared. Companies and figures are invented.
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

  const YEN = [
    'Hakuchō Glassworks – Sustainability Data 2031',
    '',
    'Line   Item                         Unit            2030        2031',
    '3      Revenue                      ¥ million     71,240      74,918',
    '',
  ].join('\n');

  it('is the yen for a bare "¥", unless the document names the renminbi', () => {
    expect(unitOn(YEN, 4)).toBe('JPY million');
    expect(unitOn(`${YEN}\nAll amounts are in renminbi (RMB).\n`, 4)).toBe('RMB million');
    expect(unitOn(`${YEN}\nAll amounts are in renminbi (RMB); the bond is in JPY.\n`, 4)).toBe('JPY million');
  });

  const MOROCCAN = (scale: string) =>
    [
      'Verreries du Sud – Rapport de durabilité 2031',
      '',
      `En 2031, la fondation a distribué ${scale} dirhams en bourses techniques.`,
      '',
      'Tableau 3 – Bourses par programme',
      '',
      'Programme                              KMAD     Part',
      'Bourses techniques                     6 350    71,0 %',
      'Bourses sportives                      2 594    29,0 %',
      '',
    ].join('\n');

  it('is the Moroccan dirham for "dirhams" in a report whose tables print MAD, and a ×1000 slip is found', () => {
    expect(unitOn(MOROCCAN('6 350 millions de'), 3)).toBe('MAD million');
    expect(unitOn(MOROCCAN('6 350 millions de').replace(/KMAD/, 'KAED'), 3)).toBe('AED million');
    const slips = (text: string) =>
      checkFacts({ facts: facts(text) }).findings.filter(
        (f) => f.severity !== 'info' && f.source.some((s) => s.line === 3),
      );
    expect(slips(MOROCCAN('6 350 000'))).toEqual([]);
    expect(slips(MOROCCAN('6 350 millions de')).length).toBeGreaterThan(0);
  });
});
