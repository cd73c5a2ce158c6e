import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { findReportStatements } from './report-statements.js';

const statements = (text: string) =>
  findReportStatements(toReportLines(docFromText(text))).map((s) => [s.kind, s.source.line]);

describe('findReportStatements', () => {
  it('finds the board statement, principles and boundary under their headings, numbered or not', () => {
    const text = [
      'Contents',
      '3.2 Scope and Boundary',
      'This ESG report of Kestrel Foods plc includes the bakery plants in Ipswich and Leeds and the head office.',
      '## Principles of Preparation',
      'We follow materiality, quantitative, balance and consistency when compiling this ESG report.',
      'IV. Statement of the Board',
      'The directors set the ESG strategy and review progress against our goals every six months.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['board_statement', 6],
      ['reporting_principles', 4],
      ['reporting_boundary', 2],
    ]);
  });

  it('finds them in sentences, and in a heading that leads its own text', () => {
    const text = [
      'Kestrel Foods plc',
      'Report boundary: the ESG report includes all subsidiaries controlled at year end.',
      'This report applies the principles of materiality and consistency set out by the exchange.',
      'The Board of Directors has overall responsibility for the Group’s ESG strategy and reporting.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['board_statement', 4],
      ['reporting_principles', 3],
      ['reporting_boundary', 2],
    ]);
  });

  it('ignores a contents entry with no text after it, a period-only "covers" and an unrelated principle', () => {
    const text = [
      'Reporting Principles',
      'Reporting Scope',
      'Chairman’s Letter',
      'This report covers the period from 1 April 2024 to 31 March 2025.',
      'We hire on the principle of fair competition and keep a balance of skills.',
      'Emissions of leased assets sit outside our reporting boundary.',
      'Basis of Preparation',
      'The report is prepared based on the exchange guide and the GRI Standards in every respect.',
    ].join('\n');
    expect(statements(text)).toEqual([]);
  });
});
