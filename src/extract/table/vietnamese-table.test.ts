import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// A made-up Vietnamese waste table: its unit in a bracket after the title ("Đơn vị", unit), figures with
// the decimal comma, rows named in Vietnamese.
describe('a Vietnamese table', () => {
  it('reads "(Đơn vị: tấn)" as the unit of its rows and names them from the Vietnamese vocabulary', () => {
    const text = [
      'Bảng 4. Khối lượng chất thải                                  (Đơn vị: tấn)',
      'Loại chất thải                                          2023         2024',
      '--------------------------------------------------------------------------',
      'Chất thải nguy hại                                      31,7         29,4',
      'Chất thải không nguy hại                             2.418,6      2.506,1',
      'Tổng chất thải phát sinh                             2.450,3      2.535,5',
      '',
      'Số liệu được tổng hợp từ các đơn vị thu gom có giấy phép.',
    ].join('\n');
    const facts = extractDocument(docFromText(text), { year: 2024 }).facts.map((f) => f.fact);
    const at = (metric: string, year: number) => {
      const q = facts.find((f) => f.metric === metric && f.period.year === year)?.quantity;
      return q && `${q.value.toString()} ${q.unit.symbol}`;
    };
    expect(at('waste.hazardous', 2024)).toBe('29.4 t');
    expect(at('waste.non_hazardous', 2023)).toBe('2418.6 t');
    expect(at('waste.total', 2024)).toBe('2535.5 t');
  });
});
