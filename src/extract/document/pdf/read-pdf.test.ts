import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEsgError } from '../../../core/index.js';
import { DEFAULT_READ_LIMITS } from '../limits.js';
import { readPdf } from './read-pdf.js';

const CORPUS = join(import.meta.dirname, '../../../../../shared/corpus/dev-pdf');

/** Helvetica advance widths (PDF standard 14 font metrics, per 1000 em) for the glyphs used here. */
const HELVETICA: Record<string, number> = {
  t: 278,
  C: 722,
  O: 778,
  W: 944,
  a: 556,
  e: 556,
  r: 333,
  ' ': 278,
  ',': 278,
};
const widthOf = (s: string, size: number): number =>
  Array.from(s, (c) => HELVETICA[c] ?? 556).reduce((w, c) => w + c, 0) * (size / 1000);

/** Text shown at (x, y) in Helvetica at `size`. */
function show(x: number, y: number, size: number, text: string): string {
  return `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm (${text}) Tj ET`;
}

/** A minimal PDF (ISO 32000-1 §7.5) with one content stream per page and a correct xref table. */
function makePdf(pages: string[], trailerExtra = '', extraObjects: string[] = []): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...pages.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]),
    ...extraObjects,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isEsgError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an EsgError');
}

describe('readPdf on hand-made PDFs', () => {
  const tco = widthOf('tCO', 10);
  const water = widthOf('Water', 10);
  const twoPages = makePdf([
    [
      show(72, 700, 10, 'Scope 1 emissions'),
      show(300, 700, 10, '1,234'),
      show(400, 700, 10, '5,678'),
      show(72, 680, 10, 'tCO'),
      show(72 + tco, 678.5, 6, '2'), // subscript 1.5 pt below the baseline
      show(72 + tco + widthOf('2', 6), 680, 10, 'e'),
      show(72, 660, 10, 'Water'),
      show(72 + water, 663.5, 6, '3'), // superscript footnote mark 3.5 pt above
      show(300, 660, 10, '89'),
    ].join('\n'),
    show(72, 700, 12, 'Second page'),
  ]);

  it('builds lines of cells with positions, joins scripts and keeps page numbers', async () => {
    const doc = await readPdf(twoPages, 'mini.pdf');
    expect(doc).toMatchObject({ source: 'mini.pdf', kind: 'pdf', pages: 2 });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.lines.map((l) => [l.no, l.page, l.text])).toEqual([
      [1, 1, 'Scope 1 emissions\t1,234\t5,678'],
      [2, 1, 'tCO2e'],
      [3, 1, 'Water\t89'],
      [4, 2, 'Second page'],
    ]);
    const [first, , third] = doc.lines;
    expect(first?.cells[1]).toMatchObject({ text: '1,234', x: 300, size: 10 });
    expect(first?.cells[1]?.x2).toBeCloseTo(300 + widthOf('1,234', 10), 0);
    expect(third?.cells[0]).toMatchObject({ text: 'Water', marks: ['3'] });
    expect(first?.y).toBe(92); // 792 − 700, measured from the top of the page
  });

  it('refuses a PDF without a text layer: it needs OCR', async () => {
    const scan = makePdf(['0 0 1 rg 72 72 468 648 re f']);
    expect(await failure(readPdf(scan, 'scan.pdf'))).toEqual({
      code: 'UNSUPPORTED',
      message: expect.stringMatching(/scan\.pdf has no text layer.*needs OCR/) as string,
    });
  });

  it('refuses a password-protected PDF clearly', async () => {
    const hex = (n: number): string => '<' + 'ab'.repeat(n) + '>';
    const encrypt = `<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -44 >>`;
    const locked = makePdf([show(72, 700, 10, 'secret')], `/Encrypt 6 0 R /ID [${hex(16)} ${hex(16)}] `, [
      encrypt,
    ]);
    expect(await failure(readPdf(locked, 'locked.pdf'))).toEqual({
      code: 'UNSUPPORTED',
      message: expect.stringMatching(/encrypted with a password/) as string,
    });
  });

  it('refuses garbage behind a PDF header and enforces the page and size limits', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body\n');
    expect(await failure(readPdf(junk, 'junk.pdf'))).toMatchObject({ code: 'INVALID_INPUT' });
    const pages = await failure(readPdf(twoPages, 'mini.pdf', { ...DEFAULT_READ_LIMITS, maxPages: 1 }));
    expect(pages.message).toBe('mini.pdf has 2 pages; PDFs are read up to 1 pages');
    const size = await failure(readPdf(twoPages, 'mini.pdf', { ...DEFAULT_READ_LIMITS, maxPdfBytes: 100 }));
    expect(size.message).toMatch(/mini\.pdf is .* KB; PDFs are read up to 100 bytes/);
  });

  it('gives up with a clear error when the time budget runs out', async () => {
    const bytes = readFileSync(join(CORPUS, 'bp-2023-esg-datasheet.pdf'));
    const slow = await failure(readPdf(bytes, 'bp.pdf', { ...DEFAULT_READ_LIMITS, pdfTimeoutMs: 1 }));
    expect(slow).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/took longer than/) as string,
    });
  });

  // Its time is bounded by the reader's own budget (pdfTimeoutMs, tested above), not timed here: a
  // truncated file fails as truncated, never by running out of that budget.
  it('reports a truncated corpus PDF as truncated', async () => {
    const whole = readFileSync(join(CORPUS, 'microsoft-fy2023-env-data-factsheet.pdf'));
    const cut = await failure(readPdf(whole.subarray(0, Math.floor(whole.length * 0.6)), 'cut.pdf'));
    expect(cut).toEqual({ code: 'INVALID_INPUT', message: expect.stringMatching(/truncated/) as string });
  });
});
