import { describe, expect, it } from 'vitest';
import type { ReportLine } from '../layout/index.js';
import { readBilingualRows } from './bilingual-rows.js';

// A Malay/English report as a PDF-to-text tool prints it: each paragraph in Malay then in English,
// and tables whose rows print the Malay label over the English one, the figures on either line.
const PROSE = [
  'Syarikat terus meningkatkan kecekapan tenaga di semua kilang pada tahun kewangan ini.',
  'The Company continued to improve energy efficiency at all of its plants this financial year.',
  'Pengurusan sisa dan penggunaan air dipantau setiap bulan oleh jawatankuasa kelestarian.',
  'Waste and water use are monitored every month by the sustainability committee of the Board.',
  'Kami menyasarkan pengurangan pelepasan sebanyak separuh menjelang akhir dekad ini.',
  'We aim to halve our emissions by the end of this decade from the level of the base year.',
  'Semua pekerja baharu menerima latihan keselamatan sebelum memulakan tugas mereka.',
  'All new employees receive safety training before they start work at any of our sites.',
  'Sumbangan kepada komuniti setempat meningkat berbanding tahun sebelumnya secara keseluruhan.',
  'Contributions to local communities rose on the previous year across all of the regions.',
  'Laporan ini disediakan mengikut garis panduan pelaporan kelestarian Bursa Malaysia terkini.',
  'This report is prepared in line with the sustainability reporting guide of Bursa Malaysia.',
];

function lines(rows: readonly string[]): ReportLine[] {
  return rows.map((raw, i) => {
    // A line with a bare figure is split into cells, as the layout reader does; others stay whole.
    const cells = /\s{3,}[\d,.]+(\s|$)/.test(raw) ? raw.trim().split(/\s{3,}/) : [raw.trim()];
    return { no: i + 1, cells, text: cells.join('\t'), raw };
  });
}

function read(table: readonly string[]): { rows: [number, readonly string[]][]; absorbed: number[][] } {
  const out = readBilingualRows(lines([...PROSE, ...table]));
  const first = PROSE.length + 1;
  return {
    rows: out.lines.filter((l) => l.no >= first).map((l) => [l.no - PROSE.length, l.cells]),
    absorbed: [...out.absorbed].map(([a, b]) => [a - PROSE.length, b - PROSE.length]),
  };
}

describe('bilingual rows in a Latin-script language', () => {
  it('gives each English line to the Malay row above it, whichever line has the figures', () => {
    const { rows, absorbed } = read([
      'Perkara             Unit          2025        2024',
      'Item                Unit',
      'Hasil               RM juta      3,118.6     2,904.1',
      'Revenue             RM million',
      'Keuntungan bersih   RM juta',
      'Net profit          RM million     402.7       388.5',
      'Jumlah pelepasan    tCO2e        58,214      61,093',
      'Total emissions',
    ]);
    expect(rows).toEqual([
      [1, ['Item', 'Unit', '2025', '2024']],
      [3, ['Revenue (RM million)', '3,118.6', '2,904.1']],
      [6, ['Net profit (RM million)', '402.7', '388.5']],
      [7, ['Total emissions (tCO2e)', '58,214', '61,093']],
    ]);
    // The profit's figures never take the revenue's English label.
    expect(absorbed).toEqual(
      expect.arrayContaining([
        [2, 1],
        [4, 3],
        [5, 6],
        [8, 7],
      ]),
    );
  });

  it('puts a cell printing both languages in English, and leaves a unit-only translation whole', () => {
    const { rows } = read([
      'Jantina / Gender',
      '  Lelaki / Male          4,310    61.2',
      '  Kontrak / Fixed-term     905    12.8',
      '  Sementara / Casual       642     9.1',
      '  > 50 tahun / years       777    11.0',
      'Program          RM juta / RM million',
    ]);
    expect(rows.map(([, cells]) => cells[0])).toEqual([
      'Gender',
      'Male',
      'Fixed-term',
      'Casual',
      '> 50 tahun / years',
      'Program',
    ]);
    expect(rows.at(-1)?.[1]).toEqual(['Program', 'RM million']);
  });

  it('pairs nothing in a report written in English only', () => {
    const english = lines([
      PROSE[1] ?? '',
      PROSE[3] ?? '',
      'Hong Kong',
      'Electricity   MWh   1,204   1,188',
      'Scope 1   tCO2e   412   430',
      'Total energy consumption',
    ]);
    const out = readBilingualRows(english);
    expect(out.absorbed.size).toBe(0);
    expect(out.lines.map((l) => l.cells)).toEqual(english.map((l) => l.cells));
  });
});
