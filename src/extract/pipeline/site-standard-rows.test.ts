import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './index.js';

// Invented site tables whose certification row names, per site, the standards the site holds.
function shares(text: string): [string | undefined, string, string | undefined, number][] {
  return extractDocument(docFromText(text), { year: 2031 })
    .claims.map((f) => f.fact)
    .filter((f) => f.metric === 'management.certified_site_share')
    .map((f) => [
      f.dims.standard,
      f.quantity.value.toString(),
      f.label,
      f.provenance.kind === 'document' ? (f.provenance.location.line ?? 0) : 0,
    ]);
}

const table = (certification: string): string =>
  [
    'Report year 2031',
    '',
    'Table 2  Our kilns in 2031',
    '                          Marlowe Kiln      Dunfield Kiln     Pettock Kiln      Company',
    'Fired output (t)                41,208            27,915            12,460       81,583',
    'Natural gas (MWh)               98,114            66,037            30,905      195,056',
    certification,
    '¹ Pettock Kiln: the first ISO 45001 audit is planned for 2032.',
  ].join('\n');

describe('site standard rows', () => {
  it('counts the sites each standard a certification row names holds, against a claim of every site', () => {
    const text = [
      table('Certifications              ISO 45001 / 9001  ISO 45001, 9001   ISO 9001 only¹'),
      '',
      'Occupational safety at all three of our kilns is now run under ISO 45001, as our customers asked.',
    ].join('\n');
    expect(shares(text)).toEqual([
      ['ISO 45001', '66.7', '2 of 3 sites certified to ISO 45001', 7],
      ['ISO 9001', '100', '3 of 3 sites certified to ISO 9001', 7],
      ['ISO 45001', '100', 'every site certified to ISO 45001', 10],
    ]);
  });

  it('reads an edition year as no standard and a dash as a site holding none', () => {
    const text = table('Certified management systems  ISO 9001:2015     –                 ISO 9001:2015');
    expect(shares(text)).toEqual([['ISO 9001', '66.7', '2 of 3 sites certified to ISO 9001', 7]]);
  });

  it('reads no row whose cells say more than standards, or name years, or whose label names a standard', () => {
    const rows = [
      'Certifications              ISO 9001          ISO 9001 since 2029 after audit   ISO 9001',
      'ISO 9001 certification      ISO 9001          ISO 9001          ISO 9001',
      'Certifications              2031 audit        ISO 9001          ISO 9001',
    ];
    for (const row of rows) expect(shares(table(row))).toEqual([]);
    const yearly = [
      '                                2031              2030              2029',
      'Certifications              ISO 9001 / 45001  ISO 9001          ISO 9001',
    ].join('\n');
    expect(shares(yearly)).toEqual([]);
  });

  it('reads a heading of standard columns over yes/no answers as no row of holdings', () => {
    const text = [
      'Report year 2031',
      '',
      'Certifications of our kilns     ISO 9001          ISO 45001         ISO 50001',
      '  Marlowe Kiln                  yes               yes               no',
      '  Dunfield Kiln                 yes               no                no',
    ].join('\n');
    expect(shares(text).filter(([, , label]) => label?.includes(' of 3 '))).toEqual([]);
  });
});
