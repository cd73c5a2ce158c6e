import { describe, expect, it } from 'vitest';
import { chromiumAvailable, withBrowserPage } from './browser.js';
import { readNamedDestinations } from './named-destinations.js';
import { readPdfLayout, readPdfLayoutWithPdfJs } from './page-map.js';

/** A PDF laid out the way Skia writes one: numbered objects, a classic xref table, a trailer. */
function pdfOf(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xrefAt = body.length;
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R${trailerExtra}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

const PAGE = '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>';
// Pages in reading order: 4, then the nested tree 3 → (5, 6); object numbers deliberately out of order.
const TREE = [
  '<</Type /Pages\n/Count 3\n/Kids [4 0 R 3 0 R]>>',
  '<</Type /Pages\n/Parent 2 0 R\n/Count 2\n/Kids [6 0 R 5 0 R]>>',
  PAGE,
  PAGE,
  PAGE,
];

describe('readNamedDestinations', () => {
  it('maps each destination to the 1-based page of its page object, walking nested page trees in order', () => {
    const dests =
      '<</intro [4 0 R /XYZ 0 842 0]\n/kpi-7 [5 0 R /XYZ 0 500 0]\n/caf#C3#A9 [6 0 R /XYZ 24 700 0]>>';
    const layout = readNamedDestinations(
      pdfOf(['<</Type /Catalog\n/Pages 2 0 R\n/Dests 7 0 R>>', ...TREE, dests]),
    );
    expect(layout?.pageCount).toBe(3);
    expect([...(layout?.pages ?? [])]).toEqual([
      ['intro', 1],
      ['kpi-7', 3],
      ['café', 2],
    ]);
  });

  it('reads a PDF without anchors as pages and no destinations', () => {
    const layout = readNamedDestinations(pdfOf(['<</Type /Catalog\n/Pages 2 0 R>>', ...TREE]));
    expect(layout).toEqual({ pageCount: 3, pages: new Map() });
  });

  it('answers undefined for what it does not handle, so the caller falls back to pdfjs', () => {
    const catalog = '<</Type /Catalog\n/Pages 2 0 R\n/Dests 7 0 R>>';
    // A destination given as a dictionary instead of an array.
    expect(readNamedDestinations(pdfOf([catalog, ...TREE, '<</a <</D [4 0 R /Fit]>>>>']))).toBeUndefined();
    // A destination on an object that is not a page of the tree.
    expect(readNamedDestinations(pdfOf([catalog, ...TREE, '<</a [2 0 R /Fit]>>']))).toBeUndefined();
    // Named destinations in a name tree, and an incrementally updated file.
    const names = '<</Type /Catalog\n/Pages 2 0 R\n/Names <</Dests 7 0 R>>>>';
    expect(readNamedDestinations(pdfOf([names, ...TREE, '<</Names [(a) [4 0 R /Fit]]>>']))).toBeUndefined();
    expect(
      readNamedDestinations(pdfOf([catalog, ...TREE, '<</a [4 0 R /Fit]>>'], '\n/Prev 9')),
    ).toBeUndefined();
    // Not a PDF at all.
    expect(readNamedDestinations(new TextEncoder().encode('<html></html>'))).toBeUndefined();
  });
});

describe.skipIf(!chromiumAvailable())(
  'readPdfLayout on a PDF Chromium printed (skipped without /usr/bin/chromium)',
  () => {
    it('reads the same pages directly as through pdfjs', { timeout: 60_000 }, async () => {
      const filler = Array.from({ length: 40 }, (_, i) => `<p>Line ${i + 1}</p>`).join('');
      const page = (id: string) =>
        `<section id="${id}" style="break-before:page"><h2>${id}</h2>${filler}</section>`;
      const html = `<!doctype html><p><a href="#first">1</a> <a href="#second">2</a> <a href="#third">3</a></p>${page('first')}${page('second')}${page('third')}`;
      const pdf = await withBrowserPage(async (p) => {
        await p.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await p.pdf({ format: 'A4' }));
      });
      const direct = readNamedDestinations(pdf);
      expect(direct).toBeDefined();
      expect(direct).toEqual(await readPdfLayoutWithPdfJs(pdf));
      expect(await readPdfLayout(pdf)).toEqual(direct);
      const first = direct?.pages.get('first') ?? 0;
      expect(first).toBeGreaterThanOrEqual(2);
      // 40 lines fill more than one A4 page and less than two, so each section starts two pages after the one before.
      expect(direct?.pages.get('second')).toBe(first + 2);
      expect(direct?.pages.get('third')).toBe(first + 4);
    });
  },
);
