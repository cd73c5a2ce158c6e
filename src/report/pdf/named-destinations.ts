import type { PdfLayout } from './page-map.js';

// Chromium prints through Skia's PDF backend, which writes a classic cross-reference table, plain
// (uncompressed) dictionaries for the catalog and page tree, and the anchors as a `/Dests` dictionary
// in the catalog (PDF 1.7, ISO 32000-1 §7.5.4 xref table, §7.7.3 page tree, §12.3.2.3 named
// destinations). Reading just those few objects takes milliseconds, where loading pdfjs to do the
// same costs seconds of CPU. Anything else (xref streams, incremental updates, a name tree) is not
// ours to guess at: the reader answers undefined and the caller falls back to pdfjs.

/** Most page-tree levels followed; Skia writes two or three. */
const MAX_TREE_DEPTH = 32;

function xrefOffsets(text: string): Map<number, number> | undefined {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  const at = Number(start?.[1]);
  if (!start || !text.startsWith('xref', at)) return undefined;
  const trailer = text.indexOf('trailer', at);
  if (trailer < 0) return undefined;
  const offsets = new Map<number, number>();
  const lines = text
    .slice(at + 4, trailer)
    .trim()
    .split(/\r?\n|\r/);
  let next = 0;
  for (const line of lines) {
    const section = /^(\d+) (\d+)$/.exec(line.trim());
    if (section) {
      next = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])\s*$/.exec(line);
    if (!entry) return undefined;
    if (entry[3] === 'n') offsets.set(next, Number(entry[1]));
    next++;
  }
  return offsets;
}

/** The text of object `num` from `N G obj` up to `endobj`; only used for dictionaries, never streams. */
function objectText(text: string, offsets: ReadonlyMap<number, number>, num: number): string | undefined {
  const at = offsets.get(num);
  if (at === undefined || !new RegExp(`^${num} \\d+ obj\\b`).test(text.slice(at, at + 24))) return undefined;
  const end = text.indexOf('endobj', at);
  return end < 0 ? undefined : text.slice(at, end);
}

function refIn(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

/** Object numbers of the pages in reading order, or undefined if the tree is not as expected. */
function pageOrder(text: string, offsets: ReadonlyMap<number, number>, root: number): number[] | undefined {
  const pages: number[] = [];
  const seen = new Set<number>();
  const walk = (num: number, depth: number): boolean => {
    const obj = objectText(text, offsets, num);
    if (obj === undefined || seen.has(num) || depth > MAX_TREE_DEPTH) return false;
    seen.add(num);
    if (/\/Type\s*\/Page\b/.test(obj)) {
      pages.push(num);
      return true;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(obj)?.[1];
    if (!/\/Type\s*\/Pages\b/.test(obj) || kids === undefined) return false;
    return [...kids.matchAll(/(\d+)\s+\d+\s+R/g)].every((k) => walk(Number(k[1]), depth + 1));
  };
  return walk(root, 0) ? pages : undefined;
}

/** A PDF name's characters: `#xx` escapes are bytes of the UTF-8 name (ISO 32000-1 §7.3.5). */
function decodeName(raw: string): string {
  const bytes = raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** `/name [page 0 R /XYZ …]` pairs of a `/Dests` dictionary, or undefined at anything else. */
function destinations(dict: string, pageIndex: ReadonlyMap<number, number>): Map<string, number> | undefined {
  const open = dict.indexOf('<<');
  if (open < 0) return undefined;
  const pair = /\s*\/([^\s/[\]<>(){}%]+)\s*\[\s*(\d+)\s+\d+\s+R[^\]]*\]/y;
  const found = new Map<string, number>();
  let end = open + 2;
  pair.lastIndex = end;
  for (let m = pair.exec(dict); m; m = pair.exec(dict)) {
    const index = pageIndex.get(Number(m[2]));
    if (index === undefined) return undefined;
    found.set(decodeName(m[1] ?? ''), index + 1);
    end = pair.lastIndex;
  }
  // A failed sticky match resets lastIndex, so the end of the last pair is kept by hand.
  return /^\s*>>\s*$/.test(dict.slice(end)) ? found : undefined;
}

/**
 * Page count and the page of each named destination of a PDF Chromium printed, read straight from its
 * catalog; undefined when the file is laid out in a way this reader does not handle.
 */
export function readNamedDestinations(bytes: Uint8Array): PdfLayout | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const offsets = xrefOffsets(text);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const rootNum = refIn(trailer, 'Root');
  if (!offsets || rootNum === undefined || /\/Prev\b/.test(trailer)) return undefined;
  const catalog = objectText(text, offsets, rootNum);
  if (catalog === undefined || /\/Names\b/.test(catalog)) return undefined;
  const pagesNum = refIn(catalog, 'Pages');
  const destsNum = refIn(catalog, 'Dests');
  if (pagesNum === undefined || (destsNum === undefined && catalog.includes('/Dests'))) return undefined;
  const order = pageOrder(text, offsets, pagesNum);
  if (!order) return undefined;
  // No anchor any link points at: Skia writes no /Dests at all.
  if (destsNum === undefined) return { pageCount: order.length, pages: new Map() };
  const dests = objectText(text, offsets, destsNum);
  if (dests === undefined) return undefined;
  const pages = destinations(dests, new Map(order.map((num, i) => [num, i])));
  return pages && { pageCount: order.length, pages };
}
