import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { findRunningHeaders, toReportLines } from './index.js';

// Made-up paged text reports (pages parted by form feeds), as PDF-to-text prints them without layout.
function noiseOf(text: string): string[] {
  const lines = toReportLines(docFromText(text));
  const noise = findRunningHeaders(lines);
  return lines.filter((l) => noise.has(l.no)).map((l) => `${String(l.no)}:${l.text}`);
}

/** One page: a running title, the body, filler prose, and a footer with the printed page number. */
function page(no: number, body: readonly string[]): string {
  return [
    'Lindqvist Timber AB – Sustainability 2025',
    ...body,
    'The mills run on bark and sawdust from our own saws.',
    'Heat is sold to the town grid in winter.',
    'Seedlings are planted within a year of felling.',
    'Log trucks return with wood chips for the pulp mill.',
    'Sawn timber leaves by rail from the port.',
    // Odd pages space the footer wider, so the text reader parts it into cells; even pages keep one cell.
    `Lindqvist Timber AB${no % 2 ? '   ' : '  '}Sustainability Report 2025${no % 2 ? '   ' : '  '}${String(no)}`,
  ].join('\n');
}

describe('running headers of a paged text report', () => {
  it('flags the title and a footer ending in its page number, in cells or in one cell', () => {
    const pages = [21, 22, 23, 24].map((n) => page(n, ['Forestry', 'Sawmills']));
    const noise = noiseOf(pages.join('\n\f'));
    expect(noise.filter((l) => l.includes('Report 2025')).map((l) => l.split(':')[0])).toEqual([
      '9',
      '18',
      '27',
      '36',
    ]);
    expect(noise.filter((l) => l.includes('Sustainability 2025'))).toHaveLength(4);
  });

  it('flags a footer in three cells whose last is the sheet number (a title, a brand, the page)', () => {
    const sheet = (n: number) =>
      [
        'Quarry operations',
        'Crushing and screening run in two shifts.',
        'Fines are sold to a brick maker nearby.',
        'Haul roads are watered in the dry months.',
        'Blasting is done at noon on weekdays.',
        'Restored benches are planted with natives.',
        'Trucks are weighed at the gate.',
        `Sustainability Review 2025     MARBELLO     ${String(n)}`,
      ].join('\n');
    const noise = noiseOf([1, 2, 3, 4].map(sheet).join('\n\f'));
    expect(noise.filter((l) => l.includes('MARBELLO'))).toHaveLength(4);
  });

  it('does not flag a column header or a unit repeated on one page, nor small figures in a column', () => {
    const table = (year: string) => [
      'Measure',
      'Logs sawn',
      'Sawdust burnt',
      'Unit',
      'cubic metres',
      'cubic metres',
      year,
      '12',
      '7',
      '2024',
      '11',
      '940',
    ];
    const pages = [31, 32, 33, 34].map((n) => page(n, [...table('2025'), ...table('2025')]));
    const noise = noiseOf(pages.join('\n\f'));
    expect(noise.some((l) => /:(?:Measure|cubic metres|2025|12|7|11)$/.test(l))).toBe(false);
    // The running title and the footer still are headers: two a page, eight in all.
    expect(noise).toHaveLength(8);
  });

  it('does not flag the names over a table of year columns repeated once a page', () => {
    const table = [
      '                   Hedmark     Oppland     Innlandet        Total        Total',
      '                                                          2025/26      2024/25',
      'Logs sawn (m3)      41,200      38,900        12,050       92,150       90,480',
    ];
    const pages = [41, 42, 43, 44].map((n) => page(n, table));
    const noise = noiseOf(pages.join('\n\f'));
    expect(noise.some((l) => l.includes('Hedmark'))).toBe(false);
    expect(noise).toHaveLength(8);
  });

  it('flags a footer naming the report whose page numbers skip pages printed without it', () => {
    const body = [
      'Pellets are dried with heat from the bark boiler.',
      'Sawdust is pressed on site and sold in bulk.',
      'Drivers are trained on the new trucks each spring.',
      'Bark is burnt in the boiler at the main mill.',
      'Ash goes back to the forest as a nutrient.',
      'The town grid buys our heat in winter.',
      'Seedlings come from our own nursery.',
    ];
    // Unpaged text: the footers sit on pages 3, 4, 9 and 12; photo pages between print none.
    const text = [3, 4, 9, 12]
      .flatMap((n) => [
        ...body,
        `                Brenner Holz AG · Sustainability Report 2025     ${String(n)}`,
      ])
      .join('\n');
    expect(noiseOf(text).map((l) => l.split(':')[0])).toEqual(['8', '16', '24', '32']);
  });

  it('flags a footer naming the report when one printing is out of step with the others', () => {
    const body = [
      'Castings are cooled in sand before fettling.',
      'Scrap returns to the furnace the same shift.',
      'The paint line runs on water-borne coatings.',
      'Apprentices join the foundry each September.',
      'Dust is filtered before the stack.',
      'Forklifts run on batteries charged at night.',
      'Cores are baked in gas ovens.',
    ];
    // Pages 12, 14, 17 and 19 end in the footer; the page after 19 opens with it again, numbered 18.
    const footer = (n: number): string =>
      `          Ostrava Odlitky s.r.o. | Výroční zpráva 2031   ${String(n)}`;
    const pages = [12, 14, 17, 19].map((n) => [...body, footer(n)].join('\n'));
    const text = [...pages, [footer(18), ...body].join('\n')].join('\n\f');
    expect(noiseOf(text).map((l) => l.split(':')[0])).toEqual(['8', '16', '24', '32', '33']);
  });

  it('still flags a page number alone on its line between paragraphs', () => {
    const text = ['Our mills.', '', '14', '', 'Our forests.', '', '15', '', 'Our people.'].join('\n');
    expect(noiseOf(text)).toEqual(['3:14', '7:15']);
  });

  it('flags a page number set between dashes, and a table row after it keeps its years', () => {
    const text = [
      'Emissions, tCO2e                   2031        2030',
      '  Scope 1                        4,112.6     4,380.2',
      '',
      '                                  — 7 —',
      '\f',
      '  Scope 2                        9,846.3     9,214.8',
    ].join('\n');
    expect(noiseOf(text)).toEqual(['4:— 7 —']);
    const scope2 = extractDocument(docFromText(text)).facts.filter((f) => f.fact.metric === 'ghg.scope2');
    expect(scope2.map((f) => [f.fact.period.year, f.fact.quantity.value.toString()])).toEqual([
      [2031, '9846.3'],
      [2030, '9214.8'],
    ]);
  });
});

describe('a numbered footer whose title the cover prints once', () => {
  it('flags the footer although the cover line has no page number', () => {
    const body = (no: number) =>
      [
        'Kilns are fired with natural gas and biomass.',
        'Clay is dug within five kilometres of the plant.',
        'Glaze water is settled and reused.',
        'Pallets come back from the largest customers.',
        'Dust is caught by bag filters at each press.',
        'Night shifts run from Monday to Friday.',
        'Offcuts are crushed into new body mix.',
        `Annual Review of Tiles 2025          ${String(no)}`,
      ].join('\n');
    const cover = '                      ANNUAL REVIEW OF TILES 2025\n\nPorto Tiles S.A.';
    const noise = noiseOf([cover, ...[31, 32, 33, 34].map(body)].join('\n\f'));
    expect(noise.filter((l) => /review of tiles/i.test(l))).toHaveLength(5);
  });
});

describe('a running header whose two parts a tab parts', () => {
  const body = [
    'Kilns are fired with natural gas and biomass.',
    'Clay is dug within five kilometres of the plant.',
    'Glaze water is settled and reused.',
    'Pallets come back from the largest customers.',
  ];
  const page = (head: string) => [head, '', ...body].join('\n');

  it('flags the company and the report title printed with a tab between them on each page', () => {
    const text = [1, 2, 3, 4].map(() => page('Porto Tiles S.A.\tEnvironmental and Social Report 2025'));
    expect(noiseOf(text.join('\n\f')).map((l) => l.split(':')[0])).toEqual(['1', '7', '13', '19']);
  });

  it('keeps a short column header of two cells repeated over each page’s table', () => {
    const text = [1, 2, 3, 4].map(() => page('Women\tMen'));
    expect(noiseOf(text.join('\n\f'))).toEqual([]);
  });

  it('flags a running line tabbed into three parts, or set off by bars and bullets', () => {
    const body = (n: number) => [
      `Heat is sold to the town grid in winter ${String(n)}.`,
      'Seedlings are planted within a year of felling.',
      'Log trucks return with wood chips for the pulp mill.',
      'Sawn timber leaves by rail from the port.',
      'The mills run on bark and sawdust from our own saws.',
      'Drying kilns burn the offcuts of the planing line.',
    ];
    const pages = [31, 32, 33, 34].map((n) =>
      [
        'Lindqvist Timber\t林德奎斯特木业\tSustainability Report 2025',
        ...body(n),
        `Lindqvist Timber AB\t·\tAnnual Report 2025\t·\tSustainability statement\t${String(n)}`,
      ].join('\n'),
    );
    const noise = noiseOf(pages.join('\n\f'));
    expect(noise.filter((l) => l.includes('Sustainability Report 2025'))).toHaveLength(4);
    expect(noise.filter((l) => l.includes('Sustainability statement'))).toHaveLength(4);
  });
});

describe('a running footer in a script other than Latin', () => {
  // A made-up Bulgarian mill's report: its footer, title and page number, has no Latin letter.
  const sheet = (n: number) =>
    [
      'Мелницата работи на три смени.',
      'Брашното се продава на пекарни в региона.',
      'Триците се продават като фураж.',
      'Водата се връща в реката след пречистване.',
      'Зърното идва от местни ферми.',
      'Складовете се проверяват всеки месец.',
      'Камионите се теглят на входа.',
      `Годишен доклад за устойчивост 2025${' '.repeat(30)}${String(n)}`,
    ].join('\n');

  it('flags the footer with its page number, as a footer in English is', () => {
    const noise = noiseOf([3, 4, 5, 6].map(sheet).join('\n\f'));
    expect(noise.filter((l) => l.includes('Годишен доклад'))).toHaveLength(4);
  });
});

describe('a Chinese footer naming the company and its report over short pages', () => {
  // A made-up mainland miller's report read without page breaks: its footer's words have no spaces
  // between them, and a chapter's last page may hold only a few lines.
  const footer = (n: number) => `${' '.repeat(40)}江南面粉股份有限公司  2031年度社会责任报告   ${String(n)}`;
  const body = (n: number, lines: number) =>
    ['加工小麦', '销往华东', '麸皮出售', '粉尘检测', '开展培训']
      .slice(0, lines)
      .map((w, i) => `第${String(n)}页${w}${String(i + 1)}次。`);
  const text = [
    ...body(3, 4),
    footer(3),
    ...body(4, 3),
    footer(4),
    ...body(6, 5),
    footer(6),
    ...body(7, 2),
    footer(7),
    ...body(9, 4),
    footer(9),
  ].join('\n');

  it('flags each printing, though the pages are a few lines long and some are skipped', () => {
    expect(noiseOf(text).map((l) => l.split(':')[0])).toEqual(['5', '9', '15', '18', '23']);
  });
});
